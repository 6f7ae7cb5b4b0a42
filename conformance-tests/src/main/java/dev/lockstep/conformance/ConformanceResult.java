package dev.lockstep.conformance;

import java.time.Duration;
import java.util.List;

/**
 * The verdict on a set of traces: {@code events} were replayed (including the one that diverged), over the given
 * files; {@code divergence} is null when they conform.
 */
public record ConformanceResult(Status status, long events, List<String> files, Divergence divergence,
                                Duration elapsed) {

    public ConformanceResult {
        files = List.copyOf(files);
    }

    public enum Status {
        CONFORMS, DIVERGES, BAD_INPUT;

        public String id() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    public boolean conforms() { return status == Status.CONFORMS; }

    public double eventsPerSecond() {
        long nanos = Math.max(1, elapsed.toNanos());
        return events * 1e9 / nanos;
    }
}
