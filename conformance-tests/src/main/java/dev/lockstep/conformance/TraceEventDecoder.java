package dev.lockstep.conformance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lockstep.runtime.trace.TraceEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads trace lines into {@link TraceEvent}s straight from Jackson's tokens: the event's own fields, its messages and
 * its vector clock go into the event as they are read, and only the spec values (params, states, message bodies)
 * become small trees, which the checker decodes by the spec's types. This is the fast path for lines of the shape a
 * recorder writes. A line it does not expect (a syntax error, a missing, repeated, unknown or ill-typed field) goes
 * to {@link TraceEventParser}, which reads it again and names the problem, so every error keeps its message.
 * One decoder per file reader: it shares the file's short strings, and its parser, between lines.
 */
final class TraceEventDecoder {
    private static final JsonFactory JSON = new JsonFactory();
    private static final int KIND = 1, NODE = 2, ROLE = 4, STEP = 8, ACTION = 16, PARAMS = 32, CONSUMED = 64,
            SENT = 128, STATE = 256, LAMPORT = 512, VCLOCK = 1024, CONSUMED_ALL = 2048;
    private static final int REQUIRED = KIND | NODE | ROLE | STEP | PARAMS | SENT | STATE | LAMPORT | VCLOCK;

    private final TraceStrings strings = new TraceStrings();
    private JsonParser parser;
    private byte[] parserInput;
    private int parserStart;

    /** Not the common shape: the tree path decides. Carries no stack, since it is control flow. */
    private static final class Unusual extends RuntimeException {
        private static final Unusual INSTANCE = new Unusual();

        private Unusual() { super(null, null, false, false); }
    }

    /**
     * The event of the line {@code buf[from, to)}, whose bytes are also {@code raw}; {@code where} builds the origin
     * for an error message. Successive lines of one buffer are read by one parser over {@code buf[from, limit)}
     * (creating a parser per line cost a fifth of the reading); call {@link #reset} when the buffer's content moves.
     */
    TraceEvent decode(byte[] buf, int from, int to, int limit, byte[] raw, Supplier<TraceOrigin> where) {
        TraceEvent e = fromTokens(buf, from, to, limit);
        if (e != null) return e;
        reset(); // the parser stopped somewhere inside the line
        return TraceEventParser.parse(raw, where);
    }

    /** The event read from tokens, or null if the line is not of the common shape (or not valid at all). */
    TraceEvent fromTokens(byte[] line) {
        reset();
        TraceEvent e = fromTokens(line, 0, line.length, line.length);
        reset();
        return e;
    }

    /** Forgets the parser: the buffer it reads was refilled, or it stopped inside a line. */
    void reset() {
        if (parser == null) return;
        try {
            parser.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // closing a parser over an array does no I/O
        }
        parser = null;
    }

    private TraceEvent fromTokens(byte[] buf, int from, int to, int limit) {
        try {
            if (parser == null || parserInput != buf) {
                reset();
                parser = JSON.createParser(buf, from, limit - from);
                parserInput = buf;
                parserStart = from;
            }
            JsonParser p = parser;
            // The object must start on this line and end on it, with only blanks after it, as the tree path wants.
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            long start = parserStart + p.currentTokenLocation().getByteOffset();
            if (start < from || start >= to) return null;
            TraceEvent e = event(p);
            long end = parserStart + p.currentLocation().getByteOffset();
            if (end > to) return null;
            for (int i = (int) end; i < to; i++) {
                if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r') return null;
            }
            return e;
        } catch (IOException | Unusual e) {
            return null;
        }
    }

    /** The fields of the object whose START_OBJECT {@code p} has just read, up to its END_OBJECT. */
    private TraceEvent event(JsonParser p) throws IOException {
        int seen = 0;
        TraceEvent.Kind kind = null;
        String node = null, role = null, action = null;
        long step = 0, lamport = 0;
        Map<String, Object> params = null;
        TraceEvent.SentMessage consumed = null;
        List<TraceEvent.SentMessage> consumedAll = null, sent = null;
        Object state = null;
        Map<String, Long> vclock = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            int field;
            switch (name) {
                case "kind" -> {
                    field = KIND;
                    String k = name(p, t);
                    kind = k.equals("step") ? TraceEvent.Kind.STEP : k.equals("init") ? TraceEvent.Kind.INIT : null;
                    if (kind == null) throw Unusual.INSTANCE;
                }
                case "node" -> { field = NODE; node = name(p, t); }
                case "role" -> { field = ROLE; role = name(p, t); }
                case "step" -> { field = STEP; step = count(p, t); }
                case "action" -> { field = ACTION; action = name(p, t); }
                case "params" -> { field = PARAMS; params = object(p, t); }
                case "consumed" -> { field = CONSUMED; consumed = message(p, t); }
                case "consumedAll" -> { field = CONSUMED_ALL; consumedAll = messages(p, t); }
                case "sent" -> { field = SENT; sent = messages(p, t); }
                case "state" -> { field = STATE; state = object(p, t); }
                case "lamport" -> { field = LAMPORT; lamport = count(p, t); }
                case "vclock" -> { field = VCLOCK; vclock = clock(p, t); }
                default -> throw Unusual.INSTANCE;
            }
            if ((seen & field) != 0) throw Unusual.INSTANCE;
            seen |= field;
        }
        if ((seen & REQUIRED) != REQUIRED || (consumed != null && consumedAll != null)
                || (kind == TraceEvent.Kind.STEP && action == null)) {
            throw Unusual.INSTANCE;
        }
        return new TraceEvent(kind, node, role, step, action, params, consumed, sent, state, lamport, vclock,
                consumedAll);
    }

    private String name(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_STRING || p.getTextLength() == 0) throw Unusual.INSTANCE;
        return strings.text(p);
    }

    private static long count(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw Unusual.INSTANCE;
        }
        long n = p.getLongValue();
        if (n < 0) throw Unusual.INSTANCE;
        return n;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) throw Unusual.INSTANCE;
        return (Map<String, Object>) TraceEventParser.read(p, t, 4, strings);
    }

    private List<TraceEvent.SentMessage> messages(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) throw Unusual.INSTANCE;
        List<TraceEvent.SentMessage> out = new ArrayList<>(2);
        for (JsonToken x = p.nextToken(); x != JsonToken.END_ARRAY; x = p.nextToken()) out.add(message(p, x));
        return out;
    }

    /** {@code {"id": "sender#n", "msg": {"type": .., "src": .., "dst": .., ...}}}, in either order. */
    private TraceEvent.SentMessage message(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) throw Unusual.INSTANCE;
        String id = null;
        Map<String, Object> msg = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken v = p.nextToken();
            if (name.equals("id") && id == null && v == JsonToken.VALUE_STRING) {
                id = p.getText();
                if (!TraceEventParser.validId(id)) throw Unusual.INSTANCE;
            } else if (name.equals("msg") && msg == null) {
                msg = object(p, v);
                if (!(msg.get("type") instanceof String) || !(msg.get("src") instanceof String)
                        || !(msg.get("dst") instanceof String)) {
                    throw Unusual.INSTANCE;
                }
            } else {
                throw Unusual.INSTANCE;
            }
        }
        if (id == null || msg == null) throw Unusual.INSTANCE;
        return new TraceEvent.SentMessage(id, msg);
    }

    /** Node name to count; a repeated node keeps its first place and its last count, as the tree path does. */
    private static Map<String, Long> clock(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) throw Unusual.INSTANCE;
        SmallMap<Long> clock = new SmallMap<>(4);
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            clock.add(name, count(p, p.nextToken()));
        }
        return clock;
    }
}
