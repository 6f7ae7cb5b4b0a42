package dev.lockstep.cli.report;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A counterexample of the explorer or of TLC (a list of {@link Trace.Step}s) as a {@link SequenceDiagram}. The
 * messages a step sent are the network's copies after it that were not there before (less the one it received);
 * each receive is paired with the earliest unpaired send of an equal message (on a set network a message may be
 * received again, so sends stay paired with every receive).
 */
public final class StateTraceDiagram {
    private final ModelInstance model;
    private final List<String> lifelines = new ArrayList<>();
    private final Map<String, Integer> byRoleNode = new HashMap<>();
    private final Map<String, Integer> byNode = new HashMap<>();

    private StateTraceDiagram(ModelInstance model) {
        this.model = model;
        for (CheckedSpec.Role role : model.spec().roles()) {
            for (Value node : model.nodes(role.index())) {
                int column = lifelines.size();
                lifelines.add(role.name() + "[" + node.show() + "]");
                byRoleNode.put(role.name() + "\0" + node.show(), column);
                byNode.putIfAbsent(node.show(), column);
            }
        }
    }

    /**
     * The diagram of {@code steps}; {@code highlight} is the row of the violation (-1: none) with {@code note};
     * {@code loopBack} the row a lasso returns to (-1: none), {@code ending} how it goes on (or null).
     */
    public static SequenceDiagram of(ModelInstance model, List<Trace.Step> steps, int highlight, String note,
                                     int loopBack, String ending) {
        return new StateTraceDiagram(model).build(steps, highlight, note, loopBack, ending);
    }

    private SequenceDiagram build(List<Trace.Step> steps, int highlight, String note, int loopBack, String ending) {
        List<SequenceDiagram.Step> rows = new ArrayList<>();
        List<SequenceDiagram.Arrow> arrows = new ArrayList<>();
        Map<RecordV, ArrayDeque<Send>> unreceived = new LinkedHashMap<>(); // per message, its copies' sends
        Map<RecordV, Send> lastSend = new HashMap<>();
        List<Send> sends = new ArrayList<>();
        boolean setNetwork = model.spec().network().kind() == CheckedSpec.NetworkKind.SET;
        for (int i = 0; i < steps.size(); i++) {
            Trace.Step step = steps.get(i);
            Label label = step.label();
            Trace.Step previous = i == 0 ? null : steps.get(i - 1);
            int lifeline = label == null ? -1 : lifeline(label);
            rows.add(new SequenceDiagram.Step(lifeline, String.valueOf(i + 1),
                    label == null ? "initial state" : describe(label), changes(previous, step)));
            if (label == null || previous == null) continue;
            List<RecordV> received = new ArrayList<>();
            if (!label.isEnvironment() && label.message() != null) received.add(label.message());
            if (label.received() != null) for (Value m : label.received().elements()) received.add((RecordV) m);
            for (RecordV m : received) {
                ArrayDeque<Send> copies = unreceived.get(m);
                Send from = copies == null || copies.isEmpty() ? lastSend.get(m)
                        : setNetwork ? copies.peekFirst() : copies.pollFirst();
                if (from != null) from.received = true;
                arrows.add(new SequenceDiagram.Arrow(from == null ? -1 : from.row,
                        from == null ? column(m.src()) : from.lifeline, i, lifeline, type(m)));
            }
            Map<RecordV, Integer> before = copies(previous);
            if (!setNetwork) received.forEach(m -> before.merge(m, -1, Integer::sum));
            if (label.isEnvironment()) continue; // a drop or a duplicate: no node sent anything
            for (Map.Entry<RecordV, Integer> e : copies(step).entrySet()) {
                for (int k = e.getValue() - before.getOrDefault(e.getKey(), 0); k > 0; k--) {
                    Send at = new Send(e.getKey(), i, lifeline);
                    unreceived.computeIfAbsent(e.getKey(), x -> new ArrayDeque<>()).add(at);
                    lastSend.put(e.getKey(), at);
                    sends.add(at);
                }
            }
        }
        for (Send s : sends) {
            if (!s.received) arrows.add(new SequenceDiagram.Arrow(s.row, s.lifeline, -1, column(s.message.dst()),
                    type(s.message)));
        }
        return new SequenceDiagram(lifelines, rows, arrows, highlight, note, loopBack, ending, 0);
    }

    /** One copy of a message sent at {@code row}; {@code received} once a step received it. */
    private static final class Send {
        final RecordV message;
        final int row;
        final int lifeline;
        boolean received;

        Send(RecordV message, int row, int lifeline) {
            this.message = message;
            this.row = row;
            this.lifeline = lifeline;
        }
    }

    /**
     * A step in few words, its message by type and payload (the arrow shows where it came from):
     * {@code TM[tm].ReceivePrepared ← Prepared [rm |-> r1] from r1}.
     */
    public static String describe(Label label) {
        if (label.isCrash()) return label.show();
        if (label.isEnvironment()) return "network." + label.name() + " " + message(label.message());
        String shown = label.show();
        int receiving = shown.indexOf(" receiving ");
        StringBuilder b = new StringBuilder(receiving < 0 ? shown : shown.substring(0, receiving));
        if (label.message() != null) b.append(" ← ").append(message(label.message()));
        if (label.received() != null) b.append(" ← all of ").append(label.received().size()).append(" messages");
        return b.toString();
    }

    /** e.g. {@code Prepared [rm |-> r1] from r1 to tm}: the type, the payload, the ends. */
    private static String message(RecordV m) {
        StringBuilder payload = new StringBuilder();
        for (int i = 0; i < m.size(); i++) {
            String f = m.name(i);
            if (f.equals(RecordV.TYPE) || f.equals(RecordV.SRC) || f.equals(RecordV.DST)) continue;
            payload.append(payload.isEmpty() ? " [" : ", ").append(f).append(" |-> ").append(m.value(i).show());
        }
        if (!payload.isEmpty()) payload.append(']');
        return type(m) + payload + " from " + m.src().show() + " to " + m.dst().show();
    }

    private int lifeline(Label label) {
        if (label.isCrash()) return byNode.getOrDefault(label.node().show(), -1);
        if (label.isEnvironment()) return column(label.message().dst());
        return byRoleNode.getOrDefault(label.action().role() + "\0" + label.node().show(), -1);
    }

    private int column(Value node) { return byNode.getOrDefault(node.show(), 0); }

    private static String type(RecordV m) {
        Value t = m.messageType();
        return t == null ? m.show() : t.show().replace("\"", "");
    }

    /** The variables that differ from {@code previous} ("r1.state: working → prepared"); all of them initially. */
    private List<String> changes(Trace.Step previous, Trace.Step step) {
        List<String> out = new ArrayList<>();
        for (CheckedSpec.Role role : model.spec().roles()) {
            var nodes = model.nodes(role.index());
            for (int n = 0; n < nodes.length; n++) {
                int base = model.nodeBase(role.index(), n);
                for (CheckedSpec.Var v : role.vars()) {
                    Value now = step.state().slot(base + v.index());
                    String name = nodes[n].show() + "." + v.name();
                    if (previous == null) {
                        out.add(name + " = " + now.show());
                    } else {
                        Value was = previous.state().slot(base + v.index());
                        if (!now.equals(was)) out.add(name + ": " + was.show() + " → " + now.show());
                    }
                }
            }
        }
        if (model.crashSlot() >= 0 && previous != null) {
            Value now = step.state().slot(model.crashSlot());
            Value was = previous.state().slot(model.crashSlot());
            if (!now.equals(was)) out.add("crashes: " + was.show() + " → " + now.show());
        }
        return out;
    }

    /** The copies of each message in flight in {@code step}'s network, whatever its kind. */
    private Map<RecordV, Integer> copies(Trace.Step step) {
        Value net = step.state().slot(model.networkSlot());
        Map<RecordV, Integer> out = new HashMap<>();
        switch (model.spec().network().kind()) {
            case SET -> ((SetV) net).elements().forEach(m -> out.merge((RecordV) m, 1, Integer::sum));
            case BAG -> {
                FnV bag = (FnV) net;
                for (int i = 0; i < bag.size(); i++) {
                    out.put((RecordV) bag.key(i), (int) ((IntV) bag.value(i)).value());
                }
            }
            case FIFO -> {
                FnV channels = (FnV) net;
                for (int i = 0; i < channels.size(); i++) {
                    SeqV queue = (SeqV) channels.value(i);
                    queue.elements().forEach(m -> out.merge((RecordV) m, 1, Integer::sum));
                }
            }
        }
        return out;
    }
}
