package dev.lockstep.lang.explore.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The kept states in the order the search numbered them: each state's encoding (see {@link StateCodec}) in an
 * append-only log of large byte chunks, and its discoverer (parent and successor ordinal, packed by the explorer).
 * A counterexample is read back from here by following discoverers. Appends come from one thread at a time.
 */
public final class StateLog {
    private static final int CHUNK = 1 << 22;
    private static final int INDEX_BITS = 16;

    private final List<byte[]> chunks = new ArrayList<>();
    private int used = CHUNK;
    /** Start of state i's bytes: chunk number in the high 32 bits, offset in the low 32. */
    private final LongColumn starts = new LongColumn();
    private final LongColumn lengths = new LongColumn();
    private final LongColumn discoverers = new LongColumn();
    private long bytes;

    /** Appends a state; returns its index. */
    public long append(byte[] encoding, long discoverer) {
        if (used + encoding.length > CHUNK) {
            chunks.add(new byte[Math.max(CHUNK, encoding.length)]);
            used = 0;
        }
        System.arraycopy(encoding, 0, chunks.get(chunks.size() - 1), used, encoding.length);
        starts.add((long) (chunks.size() - 1) << 32 | used);
        lengths.add(encoding.length);
        discoverers.add(discoverer);
        used += encoding.length;
        bytes += encoding.length;
        return starts.size() - 1;
    }

    public long size() { return starts.size(); }

    /** Bytes of encodings held. */
    public long bytes() { return bytes; }

    public byte[] encoding(long index) {
        long start = starts.get(index);
        int offset = (int) start;
        return Arrays.copyOfRange(chunks.get((int) (start >>> 32)), offset, offset + (int) lengths.get(index));
    }

    public long discoverer(long index) { return discoverers.get(index); }

    /** A growable column of longs in fixed-size blocks, so growing never copies what is there. */
    private static final class LongColumn {
        private final List<long[]> blocks = new ArrayList<>();
        private long size;

        void add(long v) {
            int at = (int) (size & ((1 << INDEX_BITS) - 1));
            if (at == 0) blocks.add(new long[1 << INDEX_BITS]);
            blocks.get(blocks.size() - 1)[at] = v;
            size++;
        }

        long get(long i) { return blocks.get((int) (i >>> INDEX_BITS))[(int) (i & ((1 << INDEX_BITS) - 1))]; }

        long size() { return size; }
    }
}
