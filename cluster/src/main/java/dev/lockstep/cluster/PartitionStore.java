package dev.lockstep.cluster;

import dev.lockstep.lang.explore.State;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One partition's share of a distributed search: the fingerprints it has seen, each with the fingerprint of the
 * state it was first reached from and the successor's ordinal there (the path back to an initial state, which the
 * coordinator replays like the explorer does), and the partition's new states of the level being built (added first, so that a batch decodes only the states that are new here). An
 * open-addressing table of primitives (20 bytes a slot, no object per state). A fingerprint equal to its parent
 * marks an initial state (its ordinal is its index among the initial states). Fingerprint 0 is never stored
 * (callers map it to 1), as in the explorer's store.
 */
final class PartitionStore {
    private long[] fps = new long[64];
    private long[] parents = new long[64];
    private int[] ordinals = new int[64];
    private int size;
    private List<State> next = new ArrayList<>();
    private long[] nextFps = new long[16];

    /** Adds {@code fp} with its parent; true when it was not seen before (then {@link #queue} its state). */
    synchronized boolean add(long fp, long parent, int ordinal) {
        int mask = fps.length - 1;
        int i = slot(fp, mask);
        while (fps[i] != 0) {
            if (fps[i] == fp) return false;
            i = (i + 1) & mask;
        }
        fps[i] = fp;
        parents[i] = parent;
        ordinals[i] = ordinal;
        if (++size > fps.length / 4 * 3) grow();
        return true;
    }

    /** Keeps a newly added state for the next level. */
    synchronized void queue(long fp, State state) {
        if (next.size() == nextFps.length) nextFps = Arrays.copyOf(nextFps, nextFps.length * 2);
        nextFps[next.size()] = fp;
        next.add(state);
    }

    /** {parent fingerprint, ordinal} of a stored fingerprint, or null when it is not stored here. */
    synchronized long[] parentOf(long fp) {
        int mask = fps.length - 1;
        for (int i = slot(fp, mask); fps[i] != 0; i = (i + 1) & mask) {
            if (fps[i] == fp) return new long[] {parents[i], ordinals[i]};
        }
        return null;
    }

    synchronized int size() { return size; }

    /** Hands the new states of the level to {@code sink} and starts the next level empty. */
    synchronized void drainNext(Sink sink) {
        for (int i = 0; i < next.size(); i++) sink.accept(nextFps[i], next.get(i));
        next = new ArrayList<>();
        nextFps = new long[16];
    }

    interface Sink {
        void accept(long fp, State state);
    }

    /** The fingerprint's low bits pick the partition, so the table is indexed by the high bits. */
    private static int slot(long fp, int mask) { return (int) (fp >>> 32 ^ fp >>> 17) & mask; }

    private void grow() {
        long[] oldFps = fps, oldParents = parents;
        int[] oldOrdinals = ordinals;
        fps = new long[oldFps.length * 2];
        parents = new long[fps.length];
        ordinals = new int[fps.length];
        int mask = fps.length - 1;
        for (int j = 0; j < oldFps.length; j++) {
            if (oldFps[j] == 0) continue;
            int i = slot(oldFps[j], mask);
            while (fps[i] != 0) i = (i + 1) & mask;
            fps[i] = oldFps[j];
            parents[i] = oldParents[j];
            ordinals[i] = oldOrdinals[j];
        }
    }
}
