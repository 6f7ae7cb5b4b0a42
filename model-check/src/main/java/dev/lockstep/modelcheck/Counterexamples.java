package dev.lockstep.modelcheck;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A counterexample in spec terms: the table of states per step (each node's variables, the action taken), the
 * lasso of a liveness counterexample, the message sequence per node, and the ITF JSON document.
 */
public final class Counterexamples {
    private Counterexamples() {}

    /** States per step, then how the lasso closes, then the message sequence per node. */
    public static String render(ModelInstance model, CheckResult r) {
        List<Trace.Step> steps = r.counterexample();
        StringBuilder out = new StringBuilder(Trace.render(model, steps));
        if (r.loopBack() >= 0) {
            out.append("Then back to state ").append(r.loopBack() + 1).append(": ")
                    .append(r.loopLabel() == null ? "?" : r.loopLabel().show())
                    .append("\n  (the behaviour repeats states ").append(r.loopBack() + 1).append("..")
                    .append(steps.size()).append(" for ever)\n");
        } else if (r.stuttering()) {
            out.append("Then nothing happens for ever: state ").append(steps.size())
                    .append(" stutters (no fair action stays enabled to move on)\n");
        }
        String seq = messageSequence(model, steps);
        if (!seq.isEmpty()) out.append('\n').append("Messages per node:\n").append(seq);
        return out.toString();
    }

    /** Per node, in step order: what it sent and received ("network" for drops and duplicates). */
    public static String messageSequence(ModelInstance model, List<Trace.Step> steps) {
        NetworkKind kind = model.spec().network().kind();
        Map<String, List<String>> events = new TreeMap<>();
        for (int i = 1; i < steps.size(); i++) {
            Label label = steps.get(i).label();
            if (label == null) continue;
            int step = i + 1;
            State before = steps.get(i - 1).state();
            State after = steps.get(i).state();
            Map<RecordV, Integer> sent = copies(kind, after.slot(model.networkSlot()));
            copies(kind, before.slot(model.networkSlot())).forEach((m, n) -> sent.merge(m, -n, Integer::sum));
            if (label.isCrash()) {
                events.computeIfAbsent(label.node().show(), k -> new ArrayList<>())
                        .add(String.format("state %-3d crashes and recovers", step));
                continue;
            }
            if (label.isEnvironment()) {
                events.computeIfAbsent("network", k -> new ArrayList<>())
                        .add(String.format("state %-3d %s %s", step, label.name().equals("Drop") ? "loses     " : "duplicates",
                                show(label.message())));
                continue;
            }
            if (label.message() != null) {
                if (kind != NetworkKind.SET) sent.merge(label.message(), 1, Integer::sum);
                events.computeIfAbsent(label.node().show(), k -> new ArrayList<>()).add(String.format(
                        "state %-3d receives   %s from %s  (%s)", step, show(label.message()),
                        label.message().src().show(), label.name()));
            }
            if (label.received() != null) {
                for (int k = 0; k < label.received().size(); k++) {
                    RecordV m = (RecordV) label.received().get(k);
                    if (kind != NetworkKind.SET) sent.merge(m, 1, Integer::sum);
                    events.computeIfAbsent(label.node().show(), x -> new ArrayList<>()).add(String.format(
                            "state %-3d receives   %s from %s  (%s, all)", step, show(m), m.src().show(),
                            label.name()));
                }
            }
            for (var e : new TreeMap<>(sent).entrySet()) { // canonical message order, so the output is stable
                if (e.getValue() <= 0) continue;
                RecordV m = e.getKey();
                events.computeIfAbsent(label.node().show(), k -> new ArrayList<>()).add(String.format(
                        "state %-3d sends      %s to %s  (%s)", step, show(m), m.dst().show(), label.name()));
            }
        }
        StringBuilder out = new StringBuilder();
        events.forEach((node, list) -> {
            out.append("  ").append(node).append('\n');
            list.forEach(e -> out.append("    ").append(e).append('\n'));
        });
        return out.toString();
    }

    /** How many copies of each message are in flight (a set holds one of each). */
    private static Map<RecordV, Integer> copies(NetworkKind kind, Value net) {
        Map<RecordV, Integer> out = new HashMap<>();
        switch (kind) {
            case SET -> ((SetV) net).elements().forEach(m -> out.put((RecordV) m, 1));
            case BAG -> {
                FnV bag = (FnV) net;
                for (int i = 0; i < bag.size(); i++) out.put((RecordV) bag.key(i), (int) ((IntV) bag.value(i)).value());
            }
            case FIFO -> {
                FnV channels = (FnV) net;
                for (int i = 0; i < channels.size(); i++) {
                    for (Value m : ((SeqV) channels.value(i)).elements()) out.merge((RecordV) m, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** {@code Prepared {rm: r1}}: the message type and its payload. */
    static String show(RecordV m) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            String n = m.name(i);
            if (!n.equals("type") && !n.equals("src") && !n.equals("dst")) fields.add(n + ": " + m.value(i).show());
        }
        return m.messageType().show().replace("\"", "") + " {" + String.join(", ", fields) + "}";
    }

    /**
     * The counterexample as an ITF document (the Apalache/Quint trace format): one state per step with the role
     * variables by role and node, the network, and the step's action in {@code #meta}; {@code loop} for a lasso.
     */
    public static Map<String, Object> itf(ModelInstance model, CheckResult r, Path source) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", "ITF");
        meta.put("format-description", "https://apalache-mc.org/docs/adr/015adr-trace.html");
        meta.put("source", source == null ? model.spec().file().name() : source.toString());
        meta.put("description", "Lockstep counterexample from TLC: " + model.spec().name() + ", model "
                + model.model().name() + ", " + r.status().name().toLowerCase().replace('_', ' ')
                + (r.violated() == null ? "" : " (" + r.violated() + ")"));
        doc.put("#meta", meta);
        List<String> vars = new ArrayList<>();
        model.spec().roles().forEach(role -> vars.add(role.name()));
        vars.add("network");
        doc.put("vars", vars);
        List<Map<String, Object>> states = new ArrayList<>();
        for (int i = 0; i < r.counterexample().size(); i++) {
            Trace.Step step = r.counterexample().get(i);
            Map<String, Object> state = new LinkedHashMap<>();
            Map<String, Object> stateMeta = new LinkedHashMap<>();
            stateMeta.put("index", i);
            if (step.label() != null) stateMeta.put("action", Trace.labelToItf(step.label()));
            state.put("#meta", stateMeta);
            state.putAll(Trace.stateToItf(model, step.state()));
            states.add(state);
        }
        doc.put("states", states);
        if (r.loopBack() >= 0) doc.put("loop", r.loopBack());
        else if (r.stuttering() && !states.isEmpty()) doc.put("loop", states.size() - 1);
        return doc;
    }
}
