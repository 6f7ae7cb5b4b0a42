package dev.lockstep.lang.value;

import dev.lockstep.lang.types.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * ITF trees (plain maps, lists, strings, booleans and numbers, as any JSON library reads them) back to spec values,
 * guided by the spec type, so that a trace written by Java code (or any program) can be compared with the
 * evaluator's values. The inverse of {@link Itf#encode}: {@code decode(encode(v), typeOf(v)).equals(v)}.
 * Integers may also be plain JSON integers, as the ITF format allows for small values.
 */
final class ItfDecoder {
    private ItfDecoder() {}

    static Value decode(Object itf, Type type, String path) {
        return switch (type) {
            case Type.Bool b -> {
                if (itf instanceof Boolean bool) yield BoolV.of(bool);
                throw fail(path, "expected a boolean", itf);
            }
            case Type.Int i -> IntV.of(asLong(itf, path));
            case Type.Str s -> {
                if (itf instanceof String str) yield new StrV(str);
                throw fail(path, "expected a string", itf);
            }
            case Type.Node n -> {
                if (itf instanceof String str && !str.isEmpty()) yield new NodeV(str);
                throw fail(path, "expected a node name", itf);
            }
            case Type.Enum e -> {
                if (!(itf instanceof String label)) throw fail(path, "expected a label of enum " + e.name(), itf);
                int ordinal = e.labels().indexOf(label);
                if (ordinal < 0) {
                    throw new ItfDecodeException(path, "'" + label + "' is not a label of enum " + e.name()
                            + " " + e.labels());
                }
                yield new EnumV(e.name(), label, ordinal);
            }
            case Type.SetOf s -> {
                List<?> items = wrapped(itf, "#set", path, "expected a set {\"#set\": [...]}");
                Value[] out = new Value[items.size()];
                for (int i = 0; i < out.length; i++) out[i] = decode(items.get(i), s.element(), path + "[" + i + "]");
                yield SetV.fromArray(out);
            }
            case Type.SeqOf s -> {
                if (!(itf instanceof List<?> items)) throw fail(path, "expected a sequence (a JSON array)", itf);
                Value[] out = new Value[items.size()];
                for (int i = 0; i < out.length; i++) out[i] = decode(items.get(i), s.element(), path + "[" + i + "]");
                yield new SeqV(out);
            }
            case Type.Tuple t -> {
                if (!(itf instanceof List<?> items)) throw fail(path, "expected a tuple (a JSON array)", itf);
                if (items.size() != t.elements().size()) {
                    throw new ItfDecodeException(path, "expected a tuple of " + t.elements().size()
                            + " elements, found " + items.size());
                }
                Value[] out = new Value[items.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = decode(items.get(i), t.elements().get(i), path + "[" + i + "]");
                }
                yield new SeqV(out);
            }
            case Type.MapOf m -> map(itf, m, path);
            case Type.Record r -> {
                List<String> names = new ArrayList<>();
                for (Type.Field f : r.fields()) names.add(f.name());
                yield record(itf, names, r::field, path, "record");
            }
            case Type.Message m -> message(itf, m, path);
            case Type.Any a -> throw new ItfDecodeException(path, "the spec type of this value is unknown");
        };
    }

    private static Value map(Object itf, Type.MapOf type, String path) {
        List<?> entries = wrapped(itf, "#map", path, "expected a function {\"#map\": [[key, value], ...]}");
        Value[] keys = new Value[entries.size()];
        Value[] values = new Value[entries.size()];
        for (int i = 0; i < keys.length; i++) {
            String at = path + "[" + i + "]";
            if (!(entries.get(i) instanceof List<?> pair) || pair.size() != 2) {
                throw fail(at, "expected a [key, value] pair", entries.get(i));
            }
            keys[i] = decode(pair.get(0), type.key(), at + ".key");
            values[i] = decode(pair.get(1), type.value(), at + ".value");
        }
        // Sort the pairs by key (the tree may list them in any order) and refuse a key given twice.
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> keys[x].compareTo(keys[y]));
        Value[] sortedKeys = new Value[keys.length];
        Value[] sortedValues = new Value[keys.length];
        for (int i = 0; i < order.length; i++) {
            sortedKeys[i] = keys[order[i]];
            sortedValues[i] = values[order[i]];
            if (i > 0 && sortedKeys[i].equals(sortedKeys[i - 1])) {
                throw new ItfDecodeException(path, "key " + sortedKeys[i].show() + " appears twice");
            }
        }
        return new FnV(sortedKeys, sortedValues);
    }

    private static Value message(Object itf, Type.Message type, String path) {
        List<String> names = new ArrayList<>(List.of("dst", "src", "type"));
        for (Type.Field f : type.fields()) names.add(f.name());
        RecordV r = record(itf, names, type::field, path, "message " + type.name());
        Value tag = r.get("type");
        if (!new StrV(type.name()).equals(tag)) {
            throw new ItfDecodeException(path + ".type", "expected message type " + type.name() + ", found "
                    + tag.show());
        }
        return r;
    }

    /** A record with exactly the fields {@code names}; field types come from {@code typeOf}. */
    private static RecordV record(Object itf, List<String> names, java.util.function.Function<String, Type> typeOf,
                                  String path, String what) {
        if (!(itf instanceof Map<?, ?> map) || isWrapper(map)) throw fail(path, "expected a " + what + " object", itf);
        for (Object key : map.keySet()) {
            if (!names.contains(key)) {
                throw new ItfDecodeException(path, "unexpected field '" + key + "' (the " + what + " has "
                        + String.join(", ", names.stream().sorted().toList()) + ")");
            }
        }
        List<Value> values = new ArrayList<>(names.size());
        for (String name : names) {
            String at = path.isEmpty() ? name : path + "." + name;
            if (!map.containsKey(name)) throw new ItfDecodeException(at, "missing field");
            values.add(decode(map.get(name), typeOf.apply(name), at));
        }
        return Values.record(names.stream().map(String::intern).toList(), values);
    }

    private static long asLong(Object itf, String path) {
        if (itf instanceof Map<?, ?> m && m.size() == 1 && m.get("#bigint") instanceof String s) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new ItfDecodeException(path, "integer out of the 64-bit range or malformed: \"" + s + "\"");
            }
        }
        if (itf instanceof Integer || itf instanceof Long || itf instanceof Short || itf instanceof Byte) {
            return ((Number) itf).longValue();
        }
        throw fail(path, "expected an integer {\"#bigint\": \"...\"}", itf);
    }

    private static List<?> wrapped(Object itf, String key, String path, String expected) {
        if (itf instanceof Map<?, ?> m && m.size() == 1 && m.get(key) instanceof List<?> l) return l;
        throw fail(path, expected, itf);
    }

    private static boolean isWrapper(Map<?, ?> m) {
        return m.size() == 1 && (m.containsKey("#set") || m.containsKey("#map") || m.containsKey("#bigint"));
    }

    private static ItfDecodeException fail(String path, String expected, Object found) {
        return new ItfDecodeException(path, expected + ", found " + describe(found));
    }

    static String describe(Object itf) {
        if (itf == null) return "null";
        String s = itf instanceof String str ? "\"" + str + "\""
                : itf instanceof Collection<?> || itf instanceof Map<?, ?> ? itf.toString() : String.valueOf(itf);
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
