package dev.lockstep.runtime.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams ITF trees (Map, List, String, Boolean, Long/Integer) to and from JSON with Jackson's streaming API, without
 * data binding: a trace line or a frame is written and read with no serializer lookups or reflection, which keeps
 * tracing and the transport cheap per step.
 */
public final class ItfJson {
    private ItfJson() {}

    public static void write(JsonGenerator g, Object tree) throws IOException {
        // Most frequent node kinds first.
        if (tree instanceof String s) {
            g.writeString(s);
        } else if (tree instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (tree instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (tree instanceof List<?> l) {
            g.writeStartArray();
            for (int i = 0, n = l.size(); i < n; i++) write(g, l.get(i));
            g.writeEndArray();
        } else if (tree instanceof Long n) {
            g.writeNumber(n);
        } else if (tree instanceof Integer n) {
            g.writeNumber(n);
        } else if (tree == null) {
            throw new IllegalArgumentException("null is not an ITF value");
        } else {
            throw new IllegalArgumentException("not an ITF tree node: " + tree.getClass().getName());
        }
    }

    /**
     * Reads the value at the parser's current token (call {@code nextToken()} first) as a tree: objects as
     * {@link LinkedHashMap}, arrays as {@link ArrayList}, integers as Long (or {@link java.math.BigInteger} when
     * larger), other numbers as Double, {@code null} as null.
     */
    public static Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) throw new IOException("unexpected end of input");
        return switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, read(p));
                }
                yield m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) l.add(read(p));
                yield l;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue() : p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + t);
        };
    }
}
