package dev.lockstep.conformance;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.NdjsonTraceWriter;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sinks that write {@code <dir>/<node>.ndjson}, one file per node, like the runtime's {@link TraceSinks#directory},
 * plus a {@link #close} that flushes and closes every file opened (for implementations written by hand, which do
 * not close their sinks themselves as the simulator does; closing twice is harmless).
 */
public final class NdjsonTraceSinks implements TraceSinks, AutoCloseable {
    private final Path dir;
    private final List<NdjsonTraceWriter> open = new ArrayList<>();

    public NdjsonTraceSinks(Path dir) { this.dir = dir; }

    @Override
    public TraceSink open(NodeId node) throws IOException {
        NdjsonTraceWriter w = NdjsonTraceWriter.open(dir.resolve(node.name() + ".ndjson"));
        open.add(w);
        return w;
    }

    @Override
    public void close() {
        for (NdjsonTraceWriter w : open) w.close();
        open.clear();
    }
}
