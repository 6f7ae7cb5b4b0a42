package dev.lockstep.lang.explore;

import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.RecordV;
import java.util.List;

/**
 * What one labelled step does to a state, as {@link Transitions#apply} computes it: whether the guard holds (and
 * if not, its first false conjunct), the next global state, and the messages the step sends with the {@code send}
 * statement behind each. Every backend that replays a step (conformance monitor and online check, spec walks, TLC
 * and Z3 counterexample replay) reads the spec's meaning from this one value; the explorer's enumeration runs the
 * same guard and effects without building it.
 *
 * @param label  the step: action, node, parameters and consumed message (or a network step)
 * @param guard  the guard's verdict; when it is false the step is not a step of the spec
 * @param next   the successor state, null when the guard is false
 * @param sent   the messages sent, in statement order (empty when the guard is false); read-only
 * @param sentAt for each message of {@code sent}, the span of the {@code send} that built it
 */
public record Successor(Label label, Guard guard, State next, List<RecordV> sent, List<Span> sentAt) {

    /**
     * The guard's verdict. When it is false, {@code falseConjunct} is the first conjunct (left to right, through
     * nested {@code /\}) that evaluated to false, so a report can point at the part of the guard that failed.
     */
    public record Guard(boolean holds, Expr falseConjunct) {
        public static final Guard HOLDS = new Guard(true, null);

        public static Guard falseAt(Expr conjunct) { return new Guard(false, conjunct); }

        /** Where the false conjunct is; null when the guard holds. */
        public Span span() { return falseConjunct == null ? null : falseConjunct.span(); }
    }

    static Successor disabled(Label label, Expr falseConjunct) {
        return new Successor(label, Guard.falseAt(falseConjunct), null, List.of(), List.of());
    }

    /** True when the guard holds, i.e. the step is a step of the spec. */
    public boolean enabled() { return guard.holds(); }

    /**
     * The span of the action's assignment to the acting node's variable {@code varIndex}, or null when the action
     * does not assign it (the variable keeps its value) or the step is a network step.
     */
    public Span assignedAt(int varIndex) {
        CheckedSpec.Action action = label.action();
        if (action == null) return null;
        for (Stmt s : action.effects()) {
            if (s instanceof Stmt.Assign a && a.varIndex() == varIndex) return a.span();
        }
        return null;
    }
}
