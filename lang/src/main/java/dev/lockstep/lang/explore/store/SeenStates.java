package dev.lockstep.lang.explore.store;

import dev.lockstep.lang.explore.State;
import java.io.IOException;

/**
 * The set of states a search has kept, each with its discoverer: a number that orders the ways a state was reached
 * (the explorer packs the parent's index and the successor's ordinal into it). Adding a state that is present only
 * lowers its discoverer, so after parallel workers add a level's states, each has the discoverer a single worker
 * would have recorded first. Safe for concurrent use.
 */
public sealed interface SeenStates permits FingerprintSet, ExactStates {

    /**
     * Adds the state with the given discoverer, or lowers the discoverer of the state already present.
     *
     * @param state       the state's key form (canonical, see the explorer's {@code keyOf})
     * @param fingerprint the state's fingerprint ({@link dev.lockstep.lang.value.Fingerprints#ofState})
     * @return whether the state was new, was present and got this lower discoverer, or was present with a lower one
     */
    Added add(State state, long fingerprint, long discoverer);

    /**
     * What {@link #add} did. The explorer needs {@link #LOWERED}: with symmetry, states of one orbit share a key, and
     * the state a single worker would have kept is the one reached with the lowest discoverer, not the first added.
     */
    enum Added { NEW, LOWERED, PRESENT }

    /** The discoverer of a present state. */
    long discoverer(State state, long fingerprint);

    /** True when two distinct states may be taken for one (fingerprints), false for an exact set. */
    boolean lossy();

    /** The number of states present. */
    long size();

    /**
     * Calls {@code entry} once per state present, in no particular order, while no state is being added (a
     * checkpoint, at a level's end). An exact set gives the key state; a fingerprint set gives null for it.
     */
    void forEach(Entry entry) throws IOException;

    /** One state of the set: its key form (exact sets only), its fingerprint (fingerprint sets only), its discoverer. */
    interface Entry {
        void accept(State key, long fingerprint, long discoverer) throws IOException;
    }

    /** An exact set, or a fingerprint set whose tables are reserved from {@code budget}. */
    static SeenStates create(boolean exact, MemoryBudget budget) {
        return exact ? new ExactStates() : new FingerprintSet(budget);
    }
}
