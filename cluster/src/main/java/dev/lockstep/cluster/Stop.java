package dev.lockstep.cluster;

import java.io.Serializable;

/**
 * Why a member wants the search to stop, by position only: the coordinator replays the path to it and finds the
 * violated invariant, property or fault itself with its own copy of the spec. A successor is named by its parent's
 * fingerprint and its ordinal among the parent's successors ({@code initial}: ordinal among the initial states); a
 * deadlock by the deadlocked state's fingerprint ({@code parent}).
 */
record Stop(Kind kind, long parent, int ordinal, boolean initial) implements Serializable, Comparable<Stop> {
    enum Kind { INVARIANT, PROPERTY, DEADLOCK, EVALUATION }

    static Stop deadlock(long fp) { return new Stop(Kind.DEADLOCK, fp, -1, false); }

    /** Stops are reported in no particular order; the coordinator picks the least, so a run's answer is stable. */
    @Override
    public int compareTo(Stop o) {
        if (initial != o.initial) return initial ? -1 : 1;
        int c = Long.compareUnsigned(parent, o.parent);
        if (c != 0) return c;
        c = Integer.compare(ordinal, o.ordinal);
        return c != 0 ? c : kind.compareTo(o.kind);
    }
}
