package dev.lockstep.lang.explore.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A 64-bit fingerprint of a byte string. Each 8-byte little-endian word is xored into the running hash, which is then
 * passed through a bijective 64-bit mixer (xor-shift and multiply rounds, with the constants of the SplitMix64
 * finaliser); the length goes into the last round. Every round avalanches, so fingerprints of distinct encodings
 * behave like independent uniform 64-bit values, which is what {@link #collisionProbability} assumes.
 */
public final class Fingerprint {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long SEED = 0x6A09E667F3BCC908L;

    private Fingerprint() {}

    public static long of(byte[] b, int from, int to) {
        long h = SEED;
        int i = from;
        for (; i + 8 <= to; i += 8) h = mix(h ^ (long) LONGS.get(b, i));
        long tail = 0;
        for (int shift = 0; i < to; i++, shift += 8) tail |= (long) (b[i] & 0xFF) << shift;
        return mix(mix(h ^ tail) ^ (to - from));
    }

    /** A bijection of 64-bit values in which every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The estimated probability that two distinct states of a search shared a fingerprint, so that one of them was
     * wrongly taken as seen: {@code distinct * (generated - distinct) / 2^64}. Each of the {@code generated -
     * distinct} look-ups that found a fingerprint already stored could have hit one of at most {@code distinct}
     * stored fingerprints of another state. This is the estimate TLC reports as "calculated (optimistic)".
     */
    public static double collisionProbability(long distinct, long generated) {
        return (double) distinct * Math.max(0, generated - distinct) / 0x1p64;
    }
}
