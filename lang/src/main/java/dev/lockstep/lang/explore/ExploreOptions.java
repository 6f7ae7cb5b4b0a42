package dev.lockstep.lang.explore;

import java.time.Duration;

/**
 * Explorer settings. {@code maxStates} and {@code maxTime} stop a run cleanly with partial figures
 * (0 / null: no limit). Progress is reported every {@code progressInterval}.
 */
public record ExploreOptions(boolean checkDeadlock, long maxStates, Duration maxTime, Duration progressInterval,
                             ProgressListener progress) {

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
        return new ExploreOptions(true, 0, null, Duration.ofSeconds(3), p -> { });
    }

    public ExploreOptions withDeadlock(boolean check) {
        return new ExploreOptions(check, maxStates, maxTime, progressInterval, progress);
    }

    public ExploreOptions withMaxStates(long n) {
        return new ExploreOptions(checkDeadlock, n, maxTime, progressInterval, progress);
    }

    public ExploreOptions withMaxTime(Duration d) {
        return new ExploreOptions(checkDeadlock, maxStates, d, progressInterval, progress);
    }

    public ExploreOptions withProgress(Duration every, ProgressListener listener) {
        return new ExploreOptions(checkDeadlock, maxStates, maxTime, every, listener);
    }
}
