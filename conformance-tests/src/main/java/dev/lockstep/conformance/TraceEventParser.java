package dev.lockstep.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.lockstep.runtime.trace.TraceEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one NDJSON line into the runtime's {@link TraceEvent}, checking the shape the schema
 * ({@code docs/trace-schema.json}) fixes. Values (params, messages, states) stay ITF trees; the checker decodes them
 * with the spec's types. Anything off-schema is a {@link MalformedTraceException} naming the field.
 */
final class TraceEventParser {
    private static final ObjectReader READER = new ObjectMapper().readerFor(Map.class);
    private static final Set<String> FIELDS = Set.of("kind", "node", "role", "step", "action", "params", "consumed",
            "sent", "state", "lamport", "vclock");

    private TraceEventParser() {}

    static TraceEvent parse(String line, TraceOrigin origin) {
        Map<?, ?> json;
        try {
            json = READER.readValue(line);
        } catch (JsonProcessingException e) {
            throw new MalformedTraceException(origin, "not a JSON object: " + e.getOriginalMessage());
        }
        if (json == null) throw new MalformedTraceException(origin, "not a JSON object");
        for (Object key : json.keySet()) {
            if (!FIELDS.contains(key)) throw new MalformedTraceException(origin, "unknown field '" + key + "'");
        }
        String kind = string(json, "kind", origin);
        if (!kind.equals(TraceEvent.INIT) && !kind.equals(TraceEvent.STEP)) {
            throw new MalformedTraceException(origin, "field 'kind' must be \"init\" or \"step\", not \"" + kind + "\"");
        }
        String node = string(json, "node", origin);
        String role = string(json, "role", origin);
        long step = count(json.get("step"), "step", origin);
        String action = null;
        if (json.containsKey("action")) action = string(json, "action", origin);
        if (kind.equals(TraceEvent.STEP) && action == null) {
            throw new MalformedTraceException(origin, "a step event needs the field 'action'");
        }
        Map<String, Object> params = object(json.get("params"), "params", origin);
        TraceEvent.SentMessage consumed = json.containsKey("consumed") ? message(json.get("consumed"), "consumed", origin)
                : null;
        if (!(json.get("sent") instanceof List<?> sentList)) throw missingOrWrong("sent", "an array", json, origin);
        List<TraceEvent.SentMessage> sent = new ArrayList<>(sentList.size());
        for (int i = 0; i < sentList.size(); i++) sent.add(message(sentList.get(i), "sent[" + i + "]", origin));
        if (!(json.get("state") instanceof Map<?, ?> state)) throw missingOrWrong("state", "an object", json, origin);
        long lamport = count(json.get("lamport"), "lamport", origin);
        Map<String, Object> vclockTree = object(json.get("vclock"), "vclock", origin);
        Map<String, Long> vclock = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : vclockTree.entrySet()) {
            vclock.put(e.getKey(), count(e.getValue(), "vclock." + e.getKey(), origin));
        }
        return new TraceEvent(kind, node, role, step, action, params, consumed, sent, state, lamport, vclock);
    }

    private static TraceEvent.SentMessage message(Object tree, String field, TraceOrigin origin) {
        Map<String, Object> m = object(tree, field, origin);
        if (!(m.get("id") instanceof String id) || !validId(id)) {
            throw new MalformedTraceException(origin, "field '" + field + ".id' must be a message id \"sender#n\"");
        }
        if (!(m.get("msg") instanceof Map<?, ?> msg)) {
            throw new MalformedTraceException(origin, "field '" + field + ".msg' must be a message object");
        }
        for (String f : List.of("type", "src", "dst")) {
            if (!(msg.get(f) instanceof String)) {
                throw new MalformedTraceException(origin, "field '" + field + ".msg." + f + "' must be a string");
            }
        }
        if (m.size() != 2) throw new MalformedTraceException(origin, "field '" + field + "' has fields other than id and msg");
        return new TraceEvent.SentMessage(id, msg);
    }

    static boolean validId(String id) {
        int hash = id.lastIndexOf('#');
        if (hash <= 0 || hash == id.length() - 1 || id.length() - hash > 19) return false;
        for (int i = hash + 1; i < id.length(); i++) if (id.charAt(i) < '0' || id.charAt(i) > '9') return false;
        return true;
    }

    /** The sender's name in a valid id. */
    static String sender(String id) { return id.substring(0, id.lastIndexOf('#')); }

    /** The sender's message counter in a valid id. */
    static long counter(String id) { return Long.parseLong(id.substring(id.lastIndexOf('#') + 1)); }

    private static String string(Map<?, ?> json, String field, TraceOrigin origin) {
        if (json.get(field) instanceof String s && !s.isEmpty()) return s;
        throw missingOrWrong(field, "a non-empty string", json, origin);
    }

    private static long count(Object v, String field, TraceOrigin origin) {
        if ((v instanceof Integer || v instanceof Long) && ((Number) v).longValue() >= 0) return ((Number) v).longValue();
        throw new MalformedTraceException(origin, v == null ? "missing field '" + field + "'"
                : "field '" + field + "' must be a non-negative integer, not " + v);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v, String field, TraceOrigin origin) {
        if (v instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw new MalformedTraceException(origin, v == null ? "missing field '" + field + "'"
                : "field '" + field + "' must be an object");
    }

    private static MalformedTraceException missingOrWrong(String field, String what, Map<?, ?> json, TraceOrigin origin) {
        return new MalformedTraceException(origin, json.containsKey(field) ? "field '" + field + "' must be " + what
                : "missing field '" + field + "'");
    }
}
