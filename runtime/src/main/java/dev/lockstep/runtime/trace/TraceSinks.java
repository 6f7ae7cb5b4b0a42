package dev.lockstep.runtime.trace;

import dev.lockstep.runtime.api.NodeId;
import java.io.IOException;
import java.nio.file.Path;

/** Opens one trace sink per node: into a directory ({@code <node>.ndjson}), or {@link #OFF}. */
@FunctionalInterface
public interface TraceSinks {
    TraceSink open(NodeId node) throws IOException;

    TraceSinks OFF = node -> TraceSink.OFF;

    /** One NDJSON file per node, {@code dir/<node>.ndjson}; the directory is created if needed. */
    static TraceSinks directory(Path dir) {
        return directory(dir, false);
    }

    /**
     * As {@link #directory(Path)}; with {@code sequenceDeltas}, growing sequences are written as deltas
     * ({@link SequenceDeltas}, docs/runtime.md "Sequence deltas").
     */
    static TraceSinks directory(Path dir, boolean sequenceDeltas) {
        return node -> NdjsonTraceWriter.open(dir.resolve(node.name() + ".ndjson"), sequenceDeltas);
    }

    /**
     * Sinks that show every event to the node's observer first (an online check, a report), then write it to
     * {@code inner}'s sink of the same node; closing one closes that inner sink.
     */
    static TraceSinks observed(TraceSinks inner, java.util.function.Function<NodeId, java.util.function.Consumer<TraceEvent>> observer) {
        return node -> {
            java.util.function.Consumer<TraceEvent> seen = observer.apply(node);
            TraceSink next = inner.open(node);
            return new TraceSink() {
                @Override
                public void write(TraceEvent event) {
                    seen.accept(event);
                    if (next.enabled()) next.write(event);
                }

                @Override
                public void close() {
                    try {
                        next.close();
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot close the trace of " + node + ": " + e.getMessage(), e);
                    }
                }
            };
        };
    }
}
