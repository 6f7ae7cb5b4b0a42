package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.Value;
import java.util.List;

/** Renders a path of states as spec-level text: per step, the action taken and each node's variables. */
public final class Trace {
    /** One state of a trace; {@code label} is null for the initial state. */
    public record Step(Label label, State state) {}

    private Trace() {}

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
    static void renderState(ModelInstance model, State state, State previous, StringBuilder out) {
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
    }
}
