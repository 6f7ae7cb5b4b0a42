package dev.lockstep.lang.value;

import dev.lockstep.lang.types.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values in the ITF JSON encoding (the Apalache/Quint trace format), as plain maps and lists that any JSON
 * library can write: ints as {@code {"#bigint": "3"}}, sets as {@code {"#set": [..]}}, functions as
 * {@code {"#map": [[k, v], ..]}}, sequences as arrays, records as objects; nodes and enum labels as strings.
 * {@link #decode} reads such a tree back, guided by the spec type.
 */
public final class Itf {
    private Itf() {}

    public static Object encode(Value v) {
        return switch (v) {
            case BoolV b -> b.value();
            case IntV i -> Map.of("#bigint", Long.toString(i.value()));
            case StrV s -> s.value();
            case EnumV e -> e.label();
            case NodeV n -> n.name();
            case SeqV s -> {
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < s.size(); i++) out.add(encode(s.get(i)));
                yield out;
            }
            case RecordV r -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < r.size(); i++) out.put(r.name(i), encode(r.value(i)));
                yield out;
            }
            case SetV s -> {
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < s.size(); i++) out.add(encode(s.get(i)));
                yield Map.of("#set", out);
            }
            case FnV f -> {
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < f.size(); i++) out.add(List.of(encode(f.key(i)), encode(f.value(i))));
                yield Map.of("#map", out);
            }
        };
    }

    /**
     * The spec value of type {@code type} that {@code itf} encodes.
     *
     * @throws ItfDecodeException naming the path inside the value where the tree does not fit the type
     */
    public static Value decode(Object itf, Type type) {
        return ItfDecoder.of(type).decode(itf);
    }

    /** As {@link #decode(Object, Type)}, with {@code path} (e.g. {@code state.prepared}) prefixed to errors. */
    public static Value decode(Object itf, Type type, String path) {
        return ItfDecoder.of(type).decode(itf, path);
    }

    /** A decoder for values of {@code type}, built once and reused for many values (as a trace checker does). */
    public static ItfDecoder decoder(Type type) {
        return ItfDecoder.of(type);
    }
}
