package dev.lockstep.conformance;

import dev.lockstep.runtime.trace.TraceEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams one node's NDJSON trace, one event at a time: only the current line is held, so memory does not grow
 * with the trace. Blank lines are skipped.
 */
final class TraceFileReader implements AutoCloseable {
    /** An event with where it came from. */
    record Located(TraceEvent event, TraceOrigin origin) {}

    private final Path file;
    private final String name;
    private final BufferedReader in;
    private long line;

    TraceFileReader(Path file) throws IOException {
        this.file = file;
        this.name = file.toString();
        this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    Path file() { return file; }

    String name() { return name; }

    /** The next event, or null at the end of the file. */
    Located next() {
        try {
            String raw;
            do {
                raw = in.readLine();
                if (raw == null) return null;
                line++;
            } while (raw.isBlank());
            TraceOrigin origin = new TraceOrigin(name, line, raw);
            return new Located(TraceEventParser.parse(raw, origin), origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
