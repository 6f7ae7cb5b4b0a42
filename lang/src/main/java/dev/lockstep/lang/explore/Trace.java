package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.Itf;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a path of states as spec-level text: per step, the action taken and each node's variables. */
public final class Trace {
    /** One state of a trace; {@code label} is null for the initial state. */
    public record Step(Label label, State state) {}

    private Trace() {}

    /**
     * The path a search kept as ordinals (the explorer's discoverers, a cluster's parent fingerprints), replayed
     * from the spec as TLC does: the first ordinal picks an initial state, each next one a successor of the state
     * before, in the enumeration order of {@link Transitions#successors}. No ordinals: no steps.
     */
    public static List<Step> replay(Transitions transitions, List<Integer> ordinals) {
        List<Step> steps = new ArrayList<>();
        if (ordinals.isEmpty()) return steps;
        steps.add(new Step(null, transitions.initialStates().get(ordinals.get(0))));
        for (int ordinal : ordinals.subList(1, ordinals.size())) {
            steps.add(successor(transitions, steps.get(steps.size() - 1).state(), ordinal));
        }
        return steps;
    }

    /** Successor {@code ordinal} of {@code state}, in the enumeration order of {@link Transitions#successors}. */
    public static Step successor(Transitions transitions, State state, int ordinal) {
        Step[] step = new Step[1];
        int[] k = {0};
        transitions.successors(state, (label, next) -> {
            if (k[0]++ == ordinal) step[0] = new Step(label, next);
        });
        if (step[0] == null) throw new IllegalStateException("no successor " + ordinal + " to replay");
        return step[0];
    }

    public static String render(ModelInstance model, List<Step> steps) {
        StringBuilder out = new StringBuilder();
        State previous = null;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            out.append("State ").append(i + 1).append(": ")
                    .append(step.label() == null ? "initial state" : step.label().show()).append('\n');
            renderState(model, step.state(), previous, out);
            previous = step.state();
        }
        return out.toString();
    }

    /** Each node's variables on one line; a '*' marks values that changed in this step. */
    public static void renderState(ModelInstance model, State state, State previous, StringBuilder out) {
        CheckedSpec spec = model.spec();
        for (CheckedSpec.Role role : spec.roles()) {
            var nodes = model.nodes(role.index());
            for (int n = 0; n < nodes.length; n++) {
                int base = model.nodeBase(role.index(), n);
                out.append("  ").append(role.name()).append('[').append(nodes[n].show()).append("]  ");
                for (CheckedSpec.Var v : role.vars()) {
                    Value now = state.slot(base + v.index());
                    boolean changed = previous != null && !now.equals(previous.slot(base + v.index()));
                    out.append(v.name()).append(" = ").append(now.show()).append(changed ? "*" : "").append("  ");
                }
                out.setLength(out.length() - 2);
                out.append('\n');
            }
        }
        Value net = state.slot(model.networkSlot());
        boolean changed = previous != null && !net.equals(previous.slot(model.networkSlot()));
        out.append("  network (").append(Network.size(spec.network().kind(), net)).append(" in flight)")
                .append(changed ? "*" : "").append("  ").append(net.show()).append('\n');
        if (model.crashSlot() >= 0) {
            Value crashes = state.slot(model.crashSlot());
            boolean more = previous != null && !crashes.equals(previous.slot(model.crashSlot()));
            out.append("  crashes so far ").append(crashes.show()).append(more ? "*" : "").append('\n');
        }
    }

    /** A state as nested maps (role → node → var → ITF value, plus "network"), ready for JSON output. */
    public static Map<String, Object> stateToItf(ModelInstance model, State state) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (CheckedSpec.Role role : model.spec().roles()) {
            Map<String, Object> nodes = new LinkedHashMap<>();
            var ns = model.nodes(role.index());
            for (int n = 0; n < ns.length; n++) {
                Map<String, Object> vars = new LinkedHashMap<>();
                int base = model.nodeBase(role.index(), n);
                for (CheckedSpec.Var v : role.vars()) vars.put(v.name(), Itf.encode(state.slot(base + v.index())));
                nodes.put(ns[n].name(), vars);
            }
            out.put(role.name(), nodes);
        }
        out.put("network", Itf.encode(state.slot(model.networkSlot())));
        if (model.crashSlot() >= 0) out.put("crashes", Itf.encode(state.slot(model.crashSlot())));
        return out;
    }

    /** A label as a map: role, node, action, params, message (or the network step). */
    public static Map<String, Object> labelToItf(Label label) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (label.isCrash()) {
            out.put("crash", label.node().show());
        } else if (label.isEnvironment()) {
            out.put("network", label.name());
        } else {
            out.put("role", label.action().role());
            out.put("node", label.node().show());
            out.put("action", label.name());
            Map<String, Object> params = new LinkedHashMap<>();
            List<String> names = label.paramNames();
            for (int i = 0; i < label.params().size(); i++) {
                params.put(names.get(i), Itf.encode(label.params().get(i)));
            }
            out.put("params", params);
        }
        if (label.message() != null) out.put("message", Itf.encode(label.message()));
        if (label.received() != null) out.put("received", Itf.encode(label.received()));
        return out;
    }

    public static List<Map<String, Object>> toItf(ModelInstance model, List<Step> steps) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("index", i);
            step.put("step", steps.get(i).label() == null ? null : labelToItf(steps.get(i).label()));
            step.put("state", stateToItf(model, steps.get(i).state()));
            out.add(step);
        }
        return out;
    }
}
