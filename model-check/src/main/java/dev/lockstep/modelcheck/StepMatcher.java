package dev.lockstep.modelcheck;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Successor;
import dev.lockstep.lang.explore.Transitions;
import java.util.List;

/**
 * Recovers the spec-level label of a step between two states by running the spec's own transition relation (every
 * step through its successor function, {@link Transitions#apply}): a step of TLC's counterexample must be a step of
 * the spec, which also checks the translation on every trace.
 */
final class StepMatcher {
    private final Transitions transitions;
    private final TlaNames names;

    StepMatcher(ModelInstance model, TlaNames names) {
        this.transitions = new Transitions(model);
        this.names = names;
    }

    /**
     * The label of a step from {@code from} to {@code to}, preferring one whose TLA+ operator is {@code tlaAction}
     * (TLC's name for the step, null if unknown); null when no step of the spec leads there.
     */
    Label label(State from, State to, String tlaAction) {
        List<Label> steps;
        try {
            steps = transitions.stepsBetween(from, to).stream().map(Successor::label).toList();
        } catch (RuntimeException e) {
            // A state read back wrongly (a value of the wrong kind) can make the evaluator fail: then no step of the
            // spec leads there, which the caller reports as a translation bug (LS806) instead of crashing.
            return null;
        }
        if (steps.isEmpty()) return null;
        return steps.stream().filter(l -> tlaAction != null && tlaAction.equals(operator(l))).findFirst()
                .orElse(steps.get(0));
    }

    private String operator(Label label) {
        if (label.isCrash()) return TlaNames.CRASH;
        if (label.isEnvironment()) return label.name().equals(Transitions.DROP) ? TlaNames.DROP : TlaNames.DUPLICATE;
        return names.action(label.action().role(), label.name());
    }
}
