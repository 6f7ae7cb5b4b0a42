package dev.lockstep.lang.value;

import java.util.Map;

/**
 * A renaming of nodes (a bijection on some node set, identity elsewhere), applied to values everywhere a node can
 * sit: set elements, function keys and values, record fields, sequence elements. Sets and function domains are
 * re-sorted, so the result is a canonical value again. A value that contains no moved node comes back as the same
 * instance, which keeps the symmetry reduction's cost down to the parts of a state that hold nodes.
 */
public final class NodePermutation {
    private final Map<NodeV, NodeV> image;

    /** {@code image} maps each moved node to its image; it must be a bijection on its key set. */
    public NodePermutation(Map<NodeV, NodeV> image) {
        this.image = Map.copyOf(image);
    }

    public static NodePermutation swap(NodeV a, NodeV b) {
        return new NodePermutation(Map.of(a, b, b, a));
    }

    public NodeV apply(NodeV n) {
        NodeV to = image.get(n);
        return to == null ? n : to;
    }

    public Value apply(Value v) {
        return switch (v) {
            case NodeV n -> apply(n);
            case BoolV b -> b;
            case IntV i -> i;
            case StrV s -> s;
            case EnumV e -> e;
            case SetV s -> {
                Value[] out = applyAll(s.elements);
                yield out == null ? s : SetV.fromArray(out);
            }
            case SeqV s -> {
                Value[] out = applyAll(s.elements);
                yield out == null ? s : new SeqV(out);
            }
            case RecordV r -> {
                Value[] out = null;
                for (int i = 0; i < r.size(); i++) {
                    Value x = r.value(i);
                    Value y = apply(x);
                    if (y != x && out == null) {
                        out = new Value[r.size()];
                        for (int j = 0; j < i; j++) out[j] = r.value(j);
                    }
                    if (out != null) out[i] = y;
                }
                yield out == null ? r : r.withValues(out);
            }
            case FnV f -> applyToFunction(f);
        };
    }

    /** The permuted elements, or null when none changed. */
    private Value[] applyAll(Value[] in) {
        Value[] out = null;
        for (int i = 0; i < in.length; i++) {
            Value y = apply(in[i]);
            if (y != in[i] && out == null) out = in.clone();
            if (out != null) out[i] = y;
        }
        return out;
    }

    private FnV applyToFunction(FnV f) {
        int n = f.size();
        Value[] keys = new Value[n];
        Value[] values = new Value[n];
        boolean changed = false;
        boolean keysMoved = false;
        for (int i = 0; i < n; i++) {
            keys[i] = apply(f.key(i));
            values[i] = apply(f.value(i));
            keysMoved |= keys[i] != f.key(i);
            changed |= keys[i] != f.key(i) || values[i] != f.value(i);
        }
        if (!changed) return f;
        if (keysMoved) sortByKey(keys, values);
        return new FnV(keys, values);
    }

    /** Insertion sort of the pairs by key: domains are small, and a renaming often keeps most of the order. */
    private static void sortByKey(Value[] keys, Value[] values) {
        for (int i = 1; i < keys.length; i++) {
            Value k = keys[i];
            Value v = values[i];
            int j = i - 1;
            while (j >= 0 && keys[j].compareTo(k) > 0) {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = k;
            values[j + 1] = v;
        }
    }
}
