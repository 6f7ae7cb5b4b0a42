package dev.lockstep.lang.value;

import dev.lockstep.lang.types.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * ITF trees (plain maps, lists, strings, booleans and numbers, as any JSON library reads them) back to spec values
 * of one spec type. The inverse of {@link Itf#encode}: {@code Itf.decoder(t).decode(Itf.encode(v)).equals(v)} for a
 * value {@code v} of type {@code t}. A decoder is built once per type (field names sorted and interned, element
 * decoders resolved), so decoding a trace costs no per-value lookups; integers may also be plain JSON integers, as
 * the ITF format allows for small values. Errors are {@link ItfDecodeException}s naming the path inside the value.
 */
public abstract sealed class ItfDecoder {
    private ItfDecoder() {}

    /** Decodes {@code itf}; errors name paths relative to this value. */
    public abstract Value decode(Object itf);

    /** Decodes {@code itf}; errors name paths under {@code path} (e.g. {@code state.prepared}). */
    public final Value decode(Object itf, String path) {
        try {
            return decode(itf);
        } catch (ItfDecodeException e) {
            throw e.within(path);
        }
    }

    static ItfDecoder of(Type type) {
        return switch (type) {
            case Type.Bool b -> new Bool();
            case Type.Int i -> new Int();
            case Type.Str s -> new Str();
            case Type.Node n -> new Node();
            case Type.Enum e -> new Enum(e);
            case Type.SetOf s -> new SetOf(of(s.element()));
            case Type.SeqOf s -> new SeqOf(of(s.element()));
            case Type.Tuple t -> new Tuple(t.elements().stream().map(ItfDecoder::of).toArray(ItfDecoder[]::new));
            case Type.MapOf m -> new MapOf(of(m.key()), of(m.value()));
            case Type.Record r -> {
                List<String> names = r.fields().stream().map(Type.Field::name).toList();
                yield new Record(names, names.stream().map(n -> of(r.field(n))).toList(), "record", null);
            }
            case Type.Message m -> {
                List<String> names = new ArrayList<>(List.of("dst", "src", "type"));
                m.fields().forEach(f -> names.add(f.name()));
                yield new Record(names, names.stream().map(n -> of(m.field(n))).toList(), "message " + m.name(),
                        new StrV(m.name()));
            }
            case Type.Any a -> new Unknown();
        };
    }

    private static final class Bool extends ItfDecoder {
        public Value decode(Object itf) {
            if (itf instanceof Boolean b) return BoolV.of(b);
            throw fail("expected a boolean", itf);
        }
    }

    private static final class Int extends ItfDecoder {
        public Value decode(Object itf) {
            if (itf instanceof Map<?, ?> m && m.size() == 1 && m.get("#bigint") instanceof String s) {
                try {
                    return IntV.of(Long.parseLong(s));
                } catch (NumberFormatException e) {
                    throw new ItfDecodeException("", "integer out of the 64-bit range or malformed: \"" + s + "\"");
                }
            }
            if (itf instanceof Integer || itf instanceof Long || itf instanceof Short || itf instanceof Byte) {
                return IntV.of(((Number) itf).longValue());
            }
            throw fail("expected an integer {\"#bigint\": \"...\"}", itf);
        }
    }

    private static final class Str extends ItfDecoder {
        public Value decode(Object itf) {
            if (itf instanceof String s) return new StrV(s);
            throw fail("expected a string", itf);
        }
    }

    private static final class Node extends ItfDecoder {
        public Value decode(Object itf) {
            if (itf instanceof String s && !s.isEmpty()) return new NodeV(s);
            throw fail("expected a node name", itf);
        }
    }

    private static final class Enum extends ItfDecoder {
        private final Type.Enum type;
        private final EnumV[] labels;

        Enum(Type.Enum type) {
            this.type = type;
            this.labels = new EnumV[type.labels().size()];
            for (int i = 0; i < labels.length; i++) labels[i] = new EnumV(type.name(), type.labels().get(i), i);
        }

        public Value decode(Object itf) {
            if (!(itf instanceof String label)) throw fail("expected a label of enum " + type.name(), itf);
            for (EnumV e : labels) if (e.label().equals(label)) return e;
            throw new ItfDecodeException("", "'" + label + "' is not a label of enum " + type.name() + " "
                    + type.labels());
        }
    }

    private static final class SetOf extends ItfDecoder {
        private final ItfDecoder element;

        SetOf(ItfDecoder element) { this.element = element; }

        public Value decode(Object itf) {
            List<?> items = wrapped(itf, "#set", "expected a set {\"#set\": [...]}");
            return SetV.fromArray(elements(items, element));
        }
    }

    private static final class SeqOf extends ItfDecoder {
        private final ItfDecoder element;

        SeqOf(ItfDecoder element) { this.element = element; }

        public Value decode(Object itf) {
            if (!(itf instanceof List<?> items)) throw fail("expected a sequence (a JSON array)", itf);
            return new SeqV(elements(items, element));
        }
    }

    private static final class Tuple extends ItfDecoder {
        private final ItfDecoder[] elements;

        Tuple(ItfDecoder[] elements) { this.elements = elements; }

        public Value decode(Object itf) {
            if (!(itf instanceof List<?> items)) throw fail("expected a tuple (a JSON array)", itf);
            if (items.size() != elements.length) {
                throw new ItfDecodeException("", "expected a tuple of " + elements.length + " elements, found "
                        + items.size());
            }
            Value[] out = new Value[items.size()];
            for (int i = 0; i < out.length; i++) out[i] = elements[i].decode(items.get(i), "[" + i + "]");
            return new SeqV(out);
        }
    }

    private static final class MapOf extends ItfDecoder {
        private final ItfDecoder key;
        private final ItfDecoder value;

        MapOf(ItfDecoder key, ItfDecoder value) {
            this.key = key;
            this.value = value;
        }

        public Value decode(Object itf) {
            List<?> entries = wrapped(itf, "#map", "expected a function {\"#map\": [[key, value], ...]}");
            Value[] keys = new Value[entries.size()];
            Value[] values = new Value[entries.size()];
            for (int i = 0; i < keys.length; i++) {
                if (!(entries.get(i) instanceof List<?> pair) || pair.size() != 2) {
                    throw fail("expected a [key, value] pair", entries.get(i)).within("[" + i + "]");
                }
                try {
                    keys[i] = key.decode(pair.get(0), "key");
                    values[i] = value.decode(pair.get(1), "value");
                } catch (ItfDecodeException e) {
                    throw e.within("[" + i + "]");
                }
            }
            // The tree may list the pairs in any order: sort them by key, and refuse a key given twice.
            Integer[] order = new Integer[keys.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (x, y) -> keys[x].compareTo(keys[y]));
            Value[] sortedKeys = new Value[keys.length];
            Value[] sortedValues = new Value[keys.length];
            for (int i = 0; i < order.length; i++) {
                sortedKeys[i] = keys[order[i]];
                sortedValues[i] = values[order[i]];
                if (i > 0 && sortedKeys[i].equals(sortedKeys[i - 1])) {
                    throw new ItfDecodeException("", "key " + sortedKeys[i].show() + " appears twice");
                }
            }
            return new FnV(sortedKeys, sortedValues);
        }
    }

    /** A record, or a message when {@code tag} (the required {@code type} field) is set. */
    private static final class Record extends ItfDecoder {
        private final String[] names;
        private final ItfDecoder[] fields;
        private final String what;
        private final StrV tag;

        Record(List<String> names, List<ItfDecoder> decoders, String what, StrV tag) {
            Integer[] order = new Integer[names.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (x, y) -> names.get(x).compareTo(names.get(y)));
            this.names = new String[order.length];
            this.fields = new ItfDecoder[order.length];
            for (int i = 0; i < order.length; i++) {
                this.names[i] = names.get(order[i]).intern(); // the evaluator's records use interned names too
                this.fields[i] = decoders.get(order[i]);
            }
            this.what = what;
            this.tag = tag;
        }

        public Value decode(Object itf) {
            if (!(itf instanceof Map<?, ?> map) || isWrapper(map)) throw fail("expected a " + what + " object", itf);
            Value[] values = new Value[names.length];
            for (int i = 0; i < names.length; i++) {
                Object field = map.get(names[i]);
                if (field == null && !map.containsKey(names[i])) {
                    throw new ItfDecodeException(names[i], "missing field");
                }
                values[i] = fields[i].decode(field, names[i]);
            }
            if (map.size() != names.length) {
                for (Object key : map.keySet()) {
                    if (!Arrays.asList(names).contains(key)) {
                        throw new ItfDecodeException("", "unexpected field '" + key + "' (the " + what + " has "
                                + String.join(", ", names) + ")");
                    }
                }
            }
            if (tag != null) {
                Value type = values[Arrays.asList(names).indexOf("type")];
                if (!tag.equals(type)) {
                    throw new ItfDecodeException("type", "expected message type " + tag.value() + ", found "
                            + type.show());
                }
            }
            return new RecordV(names, values);
        }
    }

    private static final class Unknown extends ItfDecoder {
        public Value decode(Object itf) {
            throw new ItfDecodeException("", "the spec type of this value is unknown");
        }
    }

    private static Value[] elements(List<?> items, ItfDecoder element) {
        Value[] out = new Value[items.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = element.decode(items.get(i));
            } catch (ItfDecodeException e) {
                throw e.within("[" + i + "]");
            }
        }
        return out;
    }

    private static List<?> wrapped(Object itf, String key, String expected) {
        if (itf instanceof Map<?, ?> m && m.size() == 1 && m.get(key) instanceof List<?> l) return l;
        throw fail(expected, itf);
    }

    private static boolean isWrapper(Map<?, ?> m) {
        return m.size() == 1 && (m.containsKey("#set") || m.containsKey("#map") || m.containsKey("#bigint"));
    }

    private static ItfDecodeException fail(String expected, Object found) {
        return new ItfDecodeException("", expected + ", found " + describe(found));
    }

    static String describe(Object itf) {
        if (itf == null) return "null";
        String s = itf instanceof String str ? "\"" + str + "\""
                : itf instanceof Collection<?> || itf instanceof Map<?, ?> ? itf.toString() : String.valueOf(itf);
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
