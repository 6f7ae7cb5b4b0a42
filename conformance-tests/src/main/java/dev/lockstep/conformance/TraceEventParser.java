package dev.lockstep.conformance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.lockstep.runtime.api.MessageId;
import java.io.IOException;
import dev.lockstep.runtime.trace.TraceEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checking path: turns one NDJSON line into the runtime's {@link TraceEvent} through a tree, checking the shape
 * the schema ({@code docs/trace-schema.json}) fixes. Values (params, messages, states) stay ITF trees; the checker decodes them
 * with the spec's types. Anything off-schema is a {@link MalformedTraceException} naming the field. Files are read by
 * {@link TraceEventDecoder}, which reads the lines a recorder writes from tokens and leaves the others to this class.
 */
final class TraceEventParser {
    private static final JsonFactory JSON = new JsonFactory();
    private static final List<String> FIELDS = List.of("kind", "node", "role", "step", "action", "params", "consumed",
            "sent", "state", "lamport", "vclock", "consumedAll");

    private TraceEventParser() {}

    /** Parses one line's UTF-8 bytes; {@code where} builds the origin for an error message. */
    static TraceEvent parse(byte[] line, java.util.function.Supplier<TraceOrigin> where) {
        try {
            return parseOrFail(line);
        } catch (Malformed m) {
            throw new MalformedTraceException(where.get(), m.getMessage());
        }
    }

    /** A problem found before the origin is built. */
    private static final class Malformed extends RuntimeException {
        Malformed(String message) { super(message, null, false, false); }
    }

    private static TraceEvent parseOrFail(byte[] line) {
        Map<?, ?> json = readObject(line);
        int known = 0;
        for (String f : FIELDS) if (json.containsKey(f)) known++;
        if (known != json.size()) {
            for (Object key : json.keySet()) {
                if (!FIELDS.contains(key)) throw new Malformed("unknown field '" + key + "'");
            }
        }
        String kindText = string(json, "kind");
        TraceEvent.Kind kind = TraceEvent.Kind.fromJson(kindText);
        if (kind == null) {
            throw new Malformed("field 'kind' must be \"init\" or \"step\", not \"" + kindText + "\"");
        }
        String node = string(json, "node");
        String role = string(json, "role");
        long step = count(json.get("step"), "step");
        String action = null;
        if (json.containsKey("action")) action = string(json, "action");
        if (kind == TraceEvent.Kind.STEP && action == null) {
            throw new Malformed("a step event needs the field 'action'");
        }
        Map<String, Object> params = object(json.get("params"), "params");
        TraceEvent.SentMessage consumed = json.containsKey("consumed") ? message(json.get("consumed"), "consumed", -1)
                : null;
        List<TraceEvent.SentMessage> consumedAll = null;
        if (json.containsKey("consumedAll")) {
            if (!(json.get("consumedAll") instanceof List<?> all)) throw new Malformed("field 'consumedAll' must be an array");
            if (consumed != null) throw new Malformed("an event has 'consumed' or 'consumedAll', not both");
            consumedAll = new ArrayList<>(all.size());
            for (int i = 0; i < all.size(); i++) consumedAll.add(message(all.get(i), "consumedAll", i));
        }
        if (!(json.get("sent") instanceof List<?> sentList)) throw missingOrWrong("sent", "an array", json);
        List<TraceEvent.SentMessage> sent = new ArrayList<>(sentList.size());
        for (int i = 0; i < sentList.size(); i++) sent.add(message(sentList.get(i), "sent", i));
        if (!(json.get("state") instanceof Map<?, ?> state)) throw missingOrWrong("state", "an object", json);
        long lamport = count(json.get("lamport"), "lamport");
        Map<String, Object> vclockTree = object(json.get("vclock"), "vclock");
        Map<String, Long> vclock = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : vclockTree.entrySet()) {
            if (!(e.getValue() instanceof Integer || e.getValue() instanceof Long) || ((Number) e.getValue()).longValue() < 0) {
                count(e.getValue(), "vclock." + e.getKey()); // throws, naming the entry
            }
            vclock.put(e.getKey(), ((Number) e.getValue()).longValue());
        }
        return new TraceEvent(kind, node, role, step, action, params, consumed, sent, state, lamport, vclock,
                consumedAll);
    }

    /**
     * The line as a tree of maps, lists, strings, booleans and numbers, read with Jackson's streaming parser (field
     * names come back interned, so later map lookups mostly compare references).
     */
    private static Map<?, ?> readObject(byte[] line) {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new Malformed("not a JSON object");
            Object tree = read(p, JsonToken.START_OBJECT, FIELDS.size(), null);
            if (p.nextToken() != null) throw new Malformed("more than one JSON value on the line");
            return (Map<?, ?>) tree;
        } catch (JsonProcessingException e) {
            throw new Malformed("not a JSON object: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Malformed("not a JSON object: " + e.getMessage());
        }
    }

    /**
     * The value that starts with token {@code t}, as a tree; objects get room for {@code capacity} fields. String
     * values come from {@code strings} when given (the token path's shared strings), else are built afresh.
     */
    static Object read(JsonParser p, JsonToken t, int capacity, TraceStrings strings) throws IOException {
        return switch (t) {
            case START_OBJECT -> {
                SmallMap<Object> m = new SmallMap<>(capacity);
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    m.add(name, read(p, p.nextToken(), 4, strings));
                }
                yield m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken x = p.nextToken(); x != JsonToken.END_ARRAY; x = p.nextToken()) {
                    l.add(read(p, x, 4, strings));
                }
                yield l;
            }
            case VALUE_STRING -> strings == null ? p.getText() : strings.text(p);
            case VALUE_NUMBER_INT -> p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonProcessingException("unexpected " + t, p.currentLocation()) {};
        };
    }

    /** A message object of field {@code name}, or of element {@code index} of that array field when not -1. */
    private static TraceEvent.SentMessage message(Object tree, String name, int index) {
        if (tree instanceof Map<?, ?> m && m.size() == 2 && m.get("id") instanceof String id && validId(id)
                && m.get("msg") instanceof Map<?, ?> msg && msg.get("type") instanceof String
                && msg.get("src") instanceof String && msg.get("dst") instanceof String) {
            return new TraceEvent.SentMessage(id, msg); // the common case, without building the field's name
        }
        String field = index < 0 ? name : name + "[" + index + "]";
        Map<String, Object> m = object(tree, field);
        if (!(m.get("id") instanceof String id) || !validId(id)) {
            throw new Malformed("field '" + field + ".id' must be a message id \"sender#n\"");
        }
        if (!(m.get("msg") instanceof Map<?, ?> msg)) {
            throw new Malformed("field '" + field + ".msg' must be a message object");
        }
        for (String f : List.of("type", "src", "dst")) {
            if (!(msg.get(f) instanceof String)) {
                throw new Malformed("field '" + field + ".msg." + f + "' must be a string");
            }
        }
        if (m.size() != 2) throw new Malformed("field '" + field + "' has fields other than id and msg");
        return new TraceEvent.SentMessage(id, msg);
    }

    static boolean validId(String id) { return MessageId.counterOf(id) >= 0; }

    private static String string(Map<?, ?> json, String field) {
        if (json.get(field) instanceof String s && !s.isEmpty()) return s;
        throw missingOrWrong(field, "a non-empty string", json);
    }

    private static long count(Object v, String field) {
        if ((v instanceof Integer || v instanceof Long) && ((Number) v).longValue() >= 0) return ((Number) v).longValue();
        throw new Malformed(v == null ? "missing field '" + field + "'"
                : "field '" + field + "' must be a non-negative integer, not " + v);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v, String field) {
        if (v instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw new Malformed(v == null ? "missing field '" + field + "'"
                : "field '" + field + "' must be an object");
    }

    private static Malformed missingOrWrong(String field, String what, Map<?, ?> json) {
        return new Malformed(json.containsKey(field) ? "field '" + field + "' must be " + what
                : "missing field '" + field + "'");
    }
}
