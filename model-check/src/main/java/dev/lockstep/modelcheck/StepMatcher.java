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

    StepMatcher(ModelInstance model) { this.transitions = new Transitions(model); }

    /**
     * The label of a step from {@code from} to {@code to}, preferring one whose TLA+ operator is {@code tlaAction}
     * (TLC's name for the step, null if unknown); null when no step of the spec leads there.
     */
    Label label(State from, State to, String tlaAction) {
        List<Label> steps = transitions.stepsBetween(from, to).stream().map(Successor::label).toList();
        if (steps.isEmpty()) return null;
        return steps.stream().filter(l -> tlaAction != null && tlaAction.equals(operator(l))).findFirst()
                .orElse(steps.get(0));
    }

    private static String operator(Label label) {
        if (label.isEnvironment()) return label.name().equals(Transitions.DROP) ? TlaNames.DROP : TlaNames.DUPLICATE;
        return TlaNames.action(label.action().role(), label.name());
    }
}
