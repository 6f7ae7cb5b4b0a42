package dev.lockstep.logback;

import dev.lockstep.lang.text.CharEscaper;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * Writes one log line's fields as a JSON object. The values are whatever the application logged: strings, numbers
 * and booleans as JSON's, maps as objects, collections and arrays as lists, records as objects of their components,
 * enums by name, anything else as its {@code toString()}. Written here rather than with a JSON library so that the
 * appender adds no dependency to the application it is put into beyond lockstep-lang.
 */
final class JsonLine {
    /** JSON's escapes for a string's characters: the two it must escape, the short forms, other controls by code. */
    private static final CharEscaper JSON_STRING = new CharEscaper(
            Map.of('"', "\\\"", '\\', "\\\\", '\n', "\\n", '\r', "\\r", '\t', "\\t"), true);

    private JsonLine() {}

    static String of(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder(128);
        value(out, fields);
        return out.toString();
    }

    private static void value(StringBuilder out, Object v) {
        switch (v) {
            case null -> out.append("null");
            case String s -> string(out, s);
            case Boolean b -> out.append(b);
            case Double d when d.isNaN() || d.isInfinite() -> string(out, d.toString());
            case Float f when f.isNaN() || f.isInfinite() -> string(out, f.toString());
            case Number n -> out.append(n);
            case Enum<?> e -> string(out, e.name());
            case Map<?, ?> m -> object(out, m);
            case Iterable<?> it -> {
                out.append('[');
                boolean first = true;
                for (Object x : it) {
                    if (!first) out.append(',');
                    first = false;
                    value(out, x);
                }
                out.append(']');
            }
            case Record r -> record(out, r);
            default -> {
                if (v.getClass().isArray()) array(out, v);
                else string(out, v.toString());
            }
        }
    }

    private static void object(StringBuilder out, Map<?, ?> m) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first) out.append(',');
            first = false;
            string(out, String.valueOf(e.getKey()));
            out.append(':');
            value(out, e.getValue());
        }
        out.append('}');
    }

    private static void array(StringBuilder out, Object array) {
        out.append('[');
        for (int i = 0, n = Array.getLength(array); i < n; i++) {
            if (i > 0) out.append(',');
            value(out, Array.get(array, i));
        }
        out.append(']');
    }

    private static void record(StringBuilder out, Record r) {
        out.append('{');
        RecordComponent[] components = r.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (i > 0) out.append(',');
            string(out, components[i].getName());
            out.append(':');
            try {
                components[i].getAccessor().setAccessible(true);
                value(out, components[i].getAccessor().invoke(r));
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a record the appender may not read (a closed module): its text, not a failed log call
                string(out, "<unreadable: " + e.getClass().getSimpleName() + ">");
            }
        }
        out.append('}');
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        JSON_STRING.appendTo(out, s);
        out.append('"');
    }
}
