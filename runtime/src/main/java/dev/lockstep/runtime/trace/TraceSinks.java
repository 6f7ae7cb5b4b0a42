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
        return node -> NdjsonTraceWriter.open(dir.resolve(node.name() + ".ndjson"));
    }
}
