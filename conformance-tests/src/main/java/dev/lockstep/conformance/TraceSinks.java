package dev.lockstep.conformance;

import dev.lockstep.runtime.trace.TraceSink;

/**
 * Where a run's nodes write their trace events: one sink per node. The conformance harness passes either sinks that
 * write {@code <node>.ndjson} files (checked afterwards, and kept for replay when they diverge) or sinks that feed an
 * online {@link ConformanceMonitor} directly.
 */
@FunctionalInterface
public interface TraceSinks {
    TraceSink open(String node);
}
