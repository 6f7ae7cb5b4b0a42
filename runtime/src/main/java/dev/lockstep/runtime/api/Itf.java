package dev.lockstep.runtime.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Java values of the value mapping to and from ITF trees, the JSON shape shared with the spec side
 * ({@code dev.lockstep.lang.value.Itf}): Long as {@code {"#bigint": "3"}}, Boolean, String, NodeId and enum labels as
 * strings, Set as {@code {"#set": [..]}}, Map as {@code {"#map": [[k, v], ..]}}, List (sequences and tuples) as
 * arrays, records as objects (through {@link ItfEncodable}). Sets and maps are written in iteration order; generated
 * code uses sorted collections, so the output is deterministic.
 */
public final class Itf {
    private Itf() {}

    public static Object encode(Object v) {
        return switch (v) {
            case ItfEncodable e -> e.toItf();
            case Long l -> Map.of("#bigint", Long.toString(l));
            case Integer i -> Map.of("#bigint", Integer.toString(i));
            case Boolean b -> b;
            case String s -> s;
            case Enum<?> e -> e.name();
            case Set<?> s -> {
                List<Object> out = new ArrayList<>(s.size());
                for (Object o : s) out.add(encode(o));
                yield Map.of("#set", out);
            }
            case Map<?, ?> m -> {
                List<Object> out = new ArrayList<>(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) out.add(List.of(encode(e.getKey()), encode(e.getValue())));
                yield Map.of("#map", out);
            }
            case SharedSeq<?> l -> new ItfSeq(l); // a view: O(1) here, each element encoded once
            case List<?> l -> {
                List<Object> out = new ArrayList<>(l.size());
                for (Object o : l) out.add(encode(o));
                yield out;
            }
            case null -> throw new IllegalArgumentException("null has no ITF encoding");
            default -> throw new IllegalArgumentException("no ITF encoding for " + v.getClass().getName());
        };
    }

    /** A record's ITF object with fields in the given order; values are encoded with {@link #encode}. */
    public static Map<String, Object> record(Object... namesAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) out.put((String) namesAndValues[i], encode(namesAndValues[i + 1]));
        return out;
    }

    // ---- decoding helpers for generated fromItf code; each failure names what was expected -------------------

    public static long asLong(Object itf) {
        if (itf instanceof Map<?, ?> m && m.size() == 1 && m.get("#bigint") instanceof String s) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new MalformedValueException("integer out of the 64-bit range or malformed: " + s);
            }
        }
        if (itf instanceof Number n && (itf instanceof Long || itf instanceof Integer)) return n.longValue();
        throw new MalformedValueException("expected an integer {\"#bigint\": \"...\"}, found " + describe(itf));
    }

    public static boolean asBoolean(Object itf) {
        if (itf instanceof Boolean b) return b;
        throw new MalformedValueException("expected a boolean, found " + describe(itf));
    }

    public static String asString(Object itf) {
        if (itf instanceof String s) return s;
        throw new MalformedValueException("expected a string, found " + describe(itf));
    }

    public static NodeId asNode(Object itf) {
        if (itf instanceof String s && !s.isEmpty()) return new NodeId(s);
        throw new MalformedValueException("expected a node name, found " + describe(itf));
    }

    public static <E extends Enum<E>> E asEnum(Object itf, Class<E> type, Function<String, E> byLabel) {
        String label = asString(itf);
        E e = byLabel.apply(label);
        if (e == null) throw new MalformedValueException("'" + label + "' is not a label of " + type.getSimpleName());
        return e;
    }

    public static List<?> asSetElements(Object itf) {
        if (itf instanceof Map<?, ?> m && m.size() == 1 && m.get("#set") instanceof List<?> l) return l;
        throw new MalformedValueException("expected a set {\"#set\": [...]}, found " + describe(itf));
    }

    public static List<?> asMapEntries(Object itf) {
        if (itf instanceof Map<?, ?> m && m.size() == 1 && m.get("#map") instanceof List<?> l) {
            for (Object e : l) {
                if (!(e instanceof List<?> pair) || pair.size() != 2) {
                    throw new MalformedValueException("expected [key, value] pairs in a map, found " + describe(e));
                }
            }
            return l;
        }
        throw new MalformedValueException("expected a map {\"#map\": [[k, v], ...]}, found " + describe(itf));
    }

    public static List<?> asList(Object itf) {
        if (itf instanceof List<?> l) return l;
        throw new MalformedValueException("expected an array, found " + describe(itf));
    }

    public static Map<?, ?> asRecord(Object itf) {
        if (itf instanceof Map<?, ?> m && !m.containsKey("#set") && !m.containsKey("#map") && !m.containsKey("#bigint")) {
            return m;
        }
        throw new MalformedValueException("expected a record object, found " + describe(itf));
    }

    /** A record field that must be present. */
    public static Object field(Map<?, ?> record, String name) {
        if (!record.containsKey(name)) throw new MalformedValueException("missing field '" + name + "'");
        return record.get(name);
    }

    private static String describe(Object itf) {
        if (itf == null) return "null";
        String s = itf instanceof Collection<?> || itf instanceof Map<?, ?> ? itf.toString() : "'" + itf + "'";
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
