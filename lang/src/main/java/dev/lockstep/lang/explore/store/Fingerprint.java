package dev.lockstep.lang.explore.store;

/** About the 64-bit state fingerprints ({@link dev.lockstep.lang.value.Fingerprints}) a search keeps. */
public final class Fingerprint {
    private Fingerprint() {}

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
