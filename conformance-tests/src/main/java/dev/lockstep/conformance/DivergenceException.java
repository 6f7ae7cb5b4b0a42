package dev.lockstep.conformance;

/** Carries a divergence found while ordering traces (before any replay) out of {@link HappensBeforeMerge}. */
final class DivergenceException extends RuntimeException {
    private final transient Divergence divergence;

    DivergenceException(Divergence divergence) {
        super(divergence.message(), null, false, false);
        this.divergence = divergence;
    }

    Divergence divergence() { return divergence; }
}
