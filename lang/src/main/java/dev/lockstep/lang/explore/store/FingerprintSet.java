package dev.lockstep.lang.explore.store;

import dev.lockstep.lang.explore.State;
import java.io.IOException;

/**
 * 64-bit fingerprints in open-addressing tables of primitive longs (linear probing), with each fingerprint's
 * discoverer in a parallel array: 16 bytes per state, no object per state. The table is split into shards by the
 * fingerprint's top bits, each locked on its own and grown on its own, so workers rarely wait for one another.
 * Fingerprint 0 marks an empty slot, so a state whose fingerprint is 0 is stored as 1.
 */
public final class FingerprintSet implements SeenStates {
    private static final int SHARD_BITS = 6;
    private static final int INITIAL_SLOTS = 1024;
    private final Shard[] shards = new Shard[1 << SHARD_BITS];
    private final MemoryBudget budget;

    public FingerprintSet(MemoryBudget budget) {
        this.budget = budget;
        budget.reserve((long) shards.length * INITIAL_SLOTS * 16);
        for (int i = 0; i < shards.length; i++) shards[i] = new Shard();
    }

    @Override
    public Added add(State state, long fingerprint, long discoverer) {
        long fp = fingerprint == 0 ? 1 : fingerprint;
        return shards[(int) (fp >>> (64 - SHARD_BITS))].add(fp, discoverer);
    }

    @Override
    public long discoverer(State state, long fingerprint) {
        long fp = fingerprint == 0 ? 1 : fingerprint;
        return shards[(int) (fp >>> (64 - SHARD_BITS))].discoverer(fp);
    }

    @Override
    public boolean lossy() { return true; }

    @Override
    public long size() {
        long n = 0;
        for (Shard s : shards) n += s.size;
        return n;
    }

    @Override
    public void forEach(Entry entry) throws IOException {
        for (Shard s : shards) {
            for (int i = 0; i < s.fps.length; i++) if (s.fps[i] != 0) entry.accept(null, s.fps[i], s.discoverers[i]);
        }
    }

    private final class Shard {
        private long[] fps = new long[INITIAL_SLOTS];
        private long[] discoverers = new long[INITIAL_SLOTS];
        private int size;

        /** Throws {@link MemoryBudget.Exhausted} (and adds nothing) when the table must grow past the budget. */
        synchronized Added add(long fp, long discoverer) {
            int mask = fps.length - 1;
            for (int i = (int) fp & mask; ; i = (i + 1) & mask) {
                long at = fps[i];
                if (at == fp) {
                    if (discoverer >= discoverers[i]) return Added.PRESENT;
                    discoverers[i] = discoverer;
                    return Added.LOWERED;
                }
                if (at == 0) {
                    if (size + 1 > fps.length / 4 * 3) {
                        grow();
                        return add(fp, discoverer);
                    }
                    fps[i] = fp;
                    discoverers[i] = discoverer;
                    size++;
                    return Added.NEW;
                }
            }
        }

        synchronized long discoverer(long fp) {
            int mask = fps.length - 1;
            for (int i = (int) fp & mask; ; i = (i + 1) & mask) {
                if (fps[i] == fp) return discoverers[i];
                if (fps[i] == 0) throw new IllegalStateException("fingerprint not in the set");
            }
        }

        private void grow() {
            budget.reserve((long) fps.length * 2 * 16);
            budget.release((long) fps.length * 16);
            // Both tables are allocated before either replaces the old one: an OutOfMemoryError between the two
            // allocations must leave the shard whole (it left a table twice the other's size, and other workers then
            // failed with an index out of bounds instead of the out-of-memory report).
            long[] newFps = new long[fps.length * 2];
            long[] newDiscoverers = new long[fps.length * 2];
            int mask = newFps.length - 1;
            for (int j = 0; j < fps.length; j++) {
                long fp = fps[j];
                if (fp == 0) continue;
                int i = (int) fp & mask;
                while (newFps[i] != 0) i = (i + 1) & mask;
                newFps[i] = fp;
                newDiscoverers[i] = discoverers[j];
            }
            fps = newFps;
            discoverers = newDiscoverers;
        }
    }
}
