package dev.lockstep.runtime.api;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The ITF tree of a {@link SharedSeq} (an array of its elements' trees), as a view: building it costs nothing, an
 * element is encoded when it is read, and {@link #sharedPrefix} tells in O(1) how much of an earlier event's value
 * this one repeats. So a trace event that records a Raft log costs what the step changed, not the log's length
 * (docs/runtime.md "Sequence deltas"): the writer reads only the elements after the shared prefix. Elements are not
 * cached (a long log's trees would hold many times the log's memory). Reads as any other list, so every consumer of
 * ITF trees sees the same value as before; the sequence's versions never change, so neither does the view.
 */
public final class ItfSeq extends AbstractList<Object> implements RandomAccess {
    private final SharedSeq<?> seq;

    ItfSeq(SharedSeq<?> seq) { this.seq = seq; }

    @Override
    public Object get(int index) { return Itf.encode(seq.get(index)); }

    @Override
    public int size() { return seq.size(); }

    /**
     * How many first elements this value has in common with {@code earlier}, known without comparing elements, or
     * -1 when the two sequences' stores do not tell (then they may still share some).
     */
    public int sharedPrefix(ItfSeq earlier) { return seq.sharedPrefix(earlier.seq); }

    /**
     * Two views are equal when their sequences are ({@link SharedSeq#equals}: O(1) for two versions of one store),
     * without encoding any element: equal values have equal ITF trees. Against any other list, element by element.
     */
    @Override
    public boolean equals(Object o) {
        if (o instanceof ItfSeq other) return seq.equals(other.seq);
        return super.equals(o);
    }

    @Override
    public int hashCode() { return super.hashCode(); }
}
