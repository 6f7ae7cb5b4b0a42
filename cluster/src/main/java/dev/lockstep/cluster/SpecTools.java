package dev.lockstep.cluster;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Symmetry;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.value.Fingerprints;

/**
 * One thread's tools over the model: its {@link Transitions} (not shared between threads, as in the explorer) and
 * the model's {@link Symmetry}; and the one place where a state's fingerprint is computed, exactly as the explorer
 * keys states: the fingerprint of the orbit's canonical state (0 stored as 1).
 */
record SpecTools(Transitions transitions, Symmetry symmetry) {

    static SpecTools of(ModelInstance model) { return new SpecTools(new Transitions(model), Symmetry.of(model)); }

    long fingerprint(State state) {
        long fp = Fingerprints.ofState(symmetry.canonical(state).slots());
        return fp == 0 ? 1 : fp;
    }
}
