package dev.lockstep.lang.explore.store;

import dev.lockstep.lang.explore.State;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Whole states compared with {@code equals} ({@code --exact}): no fingerprint collision is possible, at the cost of
 * keeping every state's values. For tests and small models. Sharded by hash like {@link FingerprintSet}.
 */
public final class ExactStates implements SeenStates {
    private static final int SHARDS = 64; // the top 6 bits of the scrambled hash pick the shard
    @SuppressWarnings("unchecked")
    private final Map<State, long[]>[] shards = new Map[SHARDS];

    public ExactStates() {
        for (int i = 0; i < SHARDS; i++) shards[i] = new HashMap<>();
    }

    private Map<State, long[]> shard(State state) { return shards[(state.hashCode() * 0x9E3779B9) >>> 26]; }

    @Override
    public Added add(State state, long fingerprint, long discoverer) {
        Map<State, long[]> shard = shard(state);
        synchronized (shard) {
            long[] present = shard.putIfAbsent(state, new long[] {discoverer});
            if (present == null) return Added.NEW;
            if (discoverer >= present[0]) return Added.PRESENT;
            present[0] = discoverer;
            return Added.LOWERED;
        }
    }

    @Override
    public long discoverer(State state, long fingerprint) {
        Map<State, long[]> shard = shard(state);
        synchronized (shard) {
            return shard.get(state)[0];
        }
    }

    @Override
    public boolean lossy() { return false; }

    @Override
    public long size() {
        long n = 0;
        for (Map<State, long[]> shard : shards) n += shard.size();
        return n;
    }

    @Override
    public void forEach(Entry entry) throws IOException {
        for (Map<State, long[]> shard : shards) {
            for (Map.Entry<State, long[]> e : shard.entrySet()) entry.accept(e.getKey(), 0, e.getValue()[0]);
        }
    }
}
