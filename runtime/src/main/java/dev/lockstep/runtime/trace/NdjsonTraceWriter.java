package dev.lockstep.runtime.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes trace events as NDJSON (one JSON object per line) through a byte-level writer ({@link JsonBytes}) that
 * emits what Jackson's generator emitted, byte for byte, at less cost per step; recording on the node thread and
 * writing on the trace writer thread share the machine's cores, so every microsecond here is one the nodes lose.
 * With {@code sequenceDeltas}, a state variable whose sequence extends its value in the previous event of the same
 * role is written as a delta ({@link SequenceDeltas}); the first event of a file and every init event write every
 * value whole. Not thread-safe: one writer per node, used from one thread.
 */
public final class NdjsonTraceWriter implements TraceSink {
    private static final byte[] KIND = ascii("{\"kind\":");
    private static final byte[] NODE = ascii(",\"node\":");
    private static final byte[] ROLE = ascii(",\"role\":");
    private static final byte[] STEP = ascii(",\"step\":");
    private static final byte[] ACTION = ascii(",\"action\":");
    private static final byte[] PARAMS = ascii(",\"params\":");
    private static final byte[] CONSUMED = ascii(",\"consumed\":");
    private static final byte[] CONSUMED_ALL = ascii(",\"consumedAll\":[");
    private static final byte[] SENT = ascii(",\"sent\":[");
    private static final byte[] STATE = ascii("],\"state\":");
    private static final byte[] LAMPORT = ascii(",\"lamport\":");
    private static final byte[] VCLOCK = ascii(",\"vclock\":");
    private static final byte[] END = ascii("}\n");
    private static final byte[] ID = ascii("{\"id\":");
    private static final byte[] MSG = ascii(",\"msg\":");
    private static final byte[] EXTENDS = ascii("{\"" + SequenceDeltas.EXTENDS + "\":");
    private static final byte[] APPEND = ascii(",\"" + SequenceDeltas.APPEND + "\":[");

    private final JsonBytes out;
    /** With sequence deltas: each role's state in the previous event written, else null. */
    private final Map<String, Map<?, ?>> previousStates;

    /** A writer of the plain format: every value whole. */
    public NdjsonTraceWriter(OutputStream stream) {
        this(stream, false);
    }

    /** A writer that, with {@code sequenceDeltas}, writes growing sequences as deltas ({@link SequenceDeltas}). */
    public NdjsonTraceWriter(OutputStream stream, boolean sequenceDeltas) {
        this.out = new JsonBytes(stream, 1 << 16);
        this.previousStates = sequenceDeltas ? new HashMap<>() : null;
    }

    public static NdjsonTraceWriter open(Path file) throws IOException {
        return open(file, false);
    }

    public static NdjsonTraceWriter open(Path file, boolean sequenceDeltas) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new NdjsonTraceWriter(Files.newOutputStream(file), sequenceDeltas);
    }

    private static byte[] ascii(String s) { return s.getBytes(StandardCharsets.US_ASCII); }

    @Override
    public void write(TraceEvent e) {
        try {
            out.raw(KIND);
            out.string(e.kind().json());
            out.raw(NODE);
            out.string(e.node());
            out.raw(ROLE);
            out.string(e.role());
            out.raw(STEP);
            out.number(e.step());
            if (e.action() != null) {
                out.raw(ACTION);
                out.string(e.action());
            }
            out.raw(PARAMS);
            out.itf(e.params());
            if (e.consumed() != null) {
                out.raw(CONSUMED);
                writeMessage(e.consumed());
            }
            if (e.consumedAll() != null) {
                out.raw(CONSUMED_ALL);
                messages(e.consumedAll());
                out.raw(']');
            }
            out.raw(SENT);
            messages(e.sent());
            out.raw(STATE);
            state(e);
            out.raw(LAMPORT);
            out.number(e.lamport());
            out.raw(VCLOCK);
            out.itf(e.vectorClock()); // node names to Long counts: an ITF object
            out.raw(END);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void state(TraceEvent e) throws IOException {
        if (previousStates == null || !(e.state() instanceof Map<?, ?> state)) {
            out.itf(e.state());
            return;
        }
        Map<?, ?> before = e.kind() == TraceEvent.Kind.INIT ? null : previousStates.get(e.role());
        previousStates.put(e.role(), state);
        out.raw('{');
        boolean first = true;
        for (Map.Entry<?, ?> v : state.entrySet()) {
            if (!first) out.raw(',');
            first = false;
            out.string((String) v.getKey());
            out.raw(':');
            int n = before == null ? -1 : SequenceDeltas.sharedPrefix(v.getValue(), before.get(v.getKey()));
            if (n < 0) {
                out.itf(v.getValue());
                continue;
            }
            List<?> seq = (List<?>) v.getValue();
            out.raw(EXTENDS);
            out.number(n);
            out.raw(APPEND);
            for (int i = n; i < seq.size(); i++) {
                if (i > n) out.raw(',');
                out.itf(seq.get(i));
            }
            out.raw(']');
            out.raw('}');
        }
        out.raw('}');
    }

    private void messages(List<TraceEvent.SentMessage> ms) throws IOException {
        for (int i = 0; i < ms.size(); i++) {
            if (i > 0) out.raw(',');
            writeMessage(ms.get(i));
        }
    }

    private void writeMessage(TraceEvent.SentMessage m) throws IOException {
        out.raw(ID);
        out.string(m.id());
        out.raw(MSG);
        out.itf(m.msg());
        out.raw('}');
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
