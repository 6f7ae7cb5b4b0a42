package dev.lockstep.conformance;

import dev.lockstep.runtime.trace.NdjsonTraceWriter;
import dev.lockstep.runtime.trace.TraceSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Sinks that write {@code <dir>/<node>.ndjson}, one file per node; {@link #close} flushes and closes them all. */
public final class NdjsonTraceSinks implements TraceSinks, AutoCloseable {
    private final Path dir;
    private final List<NdjsonTraceWriter> open = new ArrayList<>();

    public NdjsonTraceSinks(Path dir) { this.dir = dir; }

    @Override
    public TraceSink open(String node) {
        try {
            NdjsonTraceWriter w = NdjsonTraceWriter.open(dir.resolve(node + ".ndjson"));
            open.add(w);
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (NdjsonTraceWriter w : open) w.close();
        open.clear();
    }
}
