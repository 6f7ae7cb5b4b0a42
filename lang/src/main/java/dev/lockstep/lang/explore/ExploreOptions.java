package dev.lockstep.lang.explore;

import java.time.Duration;

/**
 * Explorer settings. {@code maxStates} and {@code maxTime} stop a run cleanly with partial figures
 * (0 / null: no limit). Progress is reported every {@code progressInterval}. {@code workers} threads search each
 * level (the result does not depend on their number); {@code exact} keeps whole states instead of fingerprints.
 * {@code memoryLimit} caps the bytes of the fingerprint store (tables and discoverers; 0: no cap): a search that
 * needs more stops cleanly with partial figures and an {@code LS708} diagnostic.
 */
public record ExploreOptions(boolean checkDeadlock, long maxStates, Duration maxTime, Duration progressInterval,
                             ProgressListener progress, int workers, boolean exact, long memoryLimit) {

    public ExploreOptions {
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        if (memoryLimit < 0) throw new IllegalArgumentException("negative memory limit " + memoryLimit);
        if (exact && memoryLimit > 0) throw new IllegalArgumentException("a memory limit caps the fingerprint store, "
                + "not the exact one");
    }

    public interface ProgressListener {
        void onProgress(Progress p);
    }

    /** A snapshot of a running search. */
    public record Progress(long distinct, long generated, long queued, int depth, Duration elapsed) {
        public double statesPerSecond() {
            double s = elapsed.toNanos() / 1e9;
            return s <= 0 ? 0 : distinct / s;
        }
    }

    public static ExploreOptions defaults() {
        return new ExploreOptions(true, 0, null, Duration.ofSeconds(3), p -> { }, 1, false, 0);
    }

    public ExploreOptions withDeadlock(boolean check) {
        return new ExploreOptions(check, maxStates, maxTime, progressInterval, progress, workers, exact, memoryLimit);
    }

    public ExploreOptions withMaxStates(long n) {
        return new ExploreOptions(checkDeadlock, n, maxTime, progressInterval, progress, workers, exact, memoryLimit);
    }

    public ExploreOptions withMaxTime(Duration d) {
        return new ExploreOptions(checkDeadlock, maxStates, d, progressInterval, progress, workers, exact, memoryLimit);
    }

    public ExploreOptions withProgress(Duration every, ProgressListener listener) {
        return new ExploreOptions(checkDeadlock, maxStates, maxTime, every, listener, workers, exact, memoryLimit);
    }

    public ExploreOptions withWorkers(int n) {
        return new ExploreOptions(checkDeadlock, maxStates, maxTime, progressInterval, progress, n, exact, memoryLimit);
    }

    /** Keep whole states ({@code --exact}) instead of 64-bit fingerprints. */
    public ExploreOptions withExact(boolean exact) {
        return new ExploreOptions(checkDeadlock, maxStates, maxTime, progressInterval, progress, workers, exact,
                memoryLimit);
    }

    /** Cap the fingerprint store at {@code bytes} (0: no cap). */
    public ExploreOptions withMemoryLimit(long bytes) {
        return new ExploreOptions(checkDeadlock, maxStates, maxTime, progressInterval, progress, workers, exact, bytes);
    }
}
