package dev.lockstep.conformance;

import dev.lockstep.runtime.trace.SequenceDeltas;
import dev.lockstep.runtime.trace.TraceEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Streams one node's NDJSON trace, one event at a time, through a fixed read buffer: only the current line is held,
 * so memory does not grow with the trace. Lines are parsed from their UTF-8 bytes; the raw text is decoded into a
 * string only when a report needs it. Blank lines are skipped. Sequence deltas (docs/runtime.md "Sequence deltas")
 * are expanded here, against the previous event of the file, so every reader of files sees whole values.
 */
final class TraceFileReader implements AutoCloseable {
    /** An event with where it came from; {@link #origin()} carries the raw line. */
    record Located(TraceEvent event, String file, long line, byte[] raw) {
        /** The full origin, with the raw line (decoded on each call: for reports). */
        TraceOrigin origin() { return new TraceOrigin(file, line, new String(raw, StandardCharsets.UTF_8)); }

        /** The origin without the raw line, cheap enough to pass along with every event. */
        TraceOrigin brief() { return new TraceOrigin(file, line, null); }
    }

    private final String name;
    private final InputStream in;
    private final TraceEventDecoder decoder = new TraceEventDecoder();
    private final SequenceDeltas.Expander deltas = new SequenceDeltas.Expander();
    private byte[] buf = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;
    private long line;

    TraceFileReader(Path file) throws IOException {
        this.name = file.toString();
        this.in = Files.newInputStream(file);
    }

    String name() { return name; }

    /** The next event, or null at the end of the file. */
    Located next() {
        try {
            while (true) {
                int nl = indexOfNewline();
                if (nl < 0) {
                    if (eof) {
                        if (start == end) return null;
                        nl = end; // a last line without a line break
                    } else {
                        fill();
                        continue;
                    }
                }
                int from = start, to = nl;
                start = Math.min(nl + 1, end);
                if (nl == end) start = end;
                line++;
                if (to > from && buf[to - 1] == '\r') to--;
                if (isBlank(from, to)) continue;
                byte[] raw = Arrays.copyOfRange(buf, from, to);
                long lineNo = line;
                Supplier<TraceOrigin> where =
                        () -> new TraceOrigin(name, lineNo, new String(raw, StandardCharsets.UTF_8));
                TraceEvent event = decoder.decode(buf, from, to, end, raw, where);
                try {
                    event = deltas.expand(event);
                } catch (SequenceDeltas.MissingBase e) {
                    throw new MalformedTraceException(where.get(), e.getMessage());
                }
                return new Located(event, name, lineNo, raw);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int indexOfNewline() {
        for (int i = start; i < end; i++) if (buf[i] == '\n') return i;
        return -1;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) if (buf[i] != ' ' && buf[i] != '\t') return false;
        return true;
    }

    /** Moves the unread bytes to the front (growing the buffer for a long line) and reads more. */
    private void fill() throws IOException {
        decoder.reset(); // the bytes it parses move
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) eof = true;
        else end += n;
    }

    @Override
    public void close() {
        decoder.reset();
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
