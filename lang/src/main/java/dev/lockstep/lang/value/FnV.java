package dev.lockstep.lang.value;

import java.util.Arrays;
import java.util.List;

/** A finite function (map), with keys sorted and distinct. */
public final class FnV implements Value {
    public static final FnV EMPTY = new FnV(new Value[0], new Value[0]);

    private final Value[] keys;
    private final Value[] values;
    private int hash;
    /** See {@link Fingerprints}, which reads and writes it; 0 until computed. */
    long fingerprint;

    /** Takes ownership; keys must be sorted and distinct. */
    public FnV(Value[] sortedKeys, Value[] values) {
        this.keys = sortedKeys;
        this.values = values;
    }

    public int size() { return keys.length; }

    public Value key(int i) { return keys[i]; }

    public Value value(int i) { return values[i]; }

    public SetV domain() { return SetV.ofSorted(keys); }

    public List<Value> keys() { return List.of(keys); }

    /** The value at {@code key}, or null outside the domain. */
    public Value get(Value key) {
        int i = Arrays.binarySearch(keys, key);
        return i < 0 ? null : values[i];
    }

    /** A copy mapping {@code key} to {@code v}; the key may be new. */
    public FnV with(Value key, Value v) {
        int i = Arrays.binarySearch(keys, key);
        if (i >= 0) {
            Value[] vs = values.clone();
            vs[i] = v;
            return new FnV(keys, vs);
        }
        int at = -i - 1;
        return new FnV(ValueArrays.inserted(keys, at, key), ValueArrays.inserted(values, at, v));
    }

    public FnV without(Value key) {
        int i = Arrays.binarySearch(keys, key);
        if (i < 0) return this;
        return new FnV(ValueArrays.removed(keys, i), ValueArrays.removed(values, i));
    }

    public int kindRank() { return 8; }

    public int compareSameKind(Value o) {
        FnV f = (FnV) o;
        int c = Values.compareArrays(keys, f.keys);
        return c != 0 ? c : Values.compareArrays(values, f.values);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof FnV f && hashCode() == f.hashCode()
                && Arrays.equals(keys, f.keys) && Arrays.equals(values, f.values));
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) hash = h = Values.cacheableHash(Arrays.hashCode(keys) * 31 + Arrays.hashCode(values) + 11);
        return h;
    }

    /** TLC's notation: {@code (k1 :> v1 @@ k2 :> v2)}. */
    public String show() {
        if (keys.length == 0) return "<<>>";
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) b.append(" @@ ");
            b.append(keys[i].show()).append(" :> ").append(values[i].show());
        }
        return b.append(')').toString();
    }

    @Override
    public String toString() { return show(); }
}
