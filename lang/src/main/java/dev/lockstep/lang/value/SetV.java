package dev.lockstep.lang.value;

import java.util.Arrays;
import java.util.Collection;

/** A finite set, kept as a sorted array of distinct values. */
public final class SetV extends ElementsV {
    public static final SetV EMPTY = new SetV(new Value[0]);


    private SetV(Value[] sortedDistinct) { super(sortedDistinct); }

    /** Takes ownership of an array that is already sorted and duplicate-free. */
    public static SetV ofSorted(Value[] sortedDistinct) { return new SetV(sortedDistinct); }

    public static SetV of(Value... values) { return fromArray(values.clone()); }

    public static SetV of(Collection<? extends Value> values) { return fromArray(values.toArray(Value[]::new)); }

    /** Sorts and deduplicates in place; takes ownership of the array. */
    public static SetV fromArray(Value[] values) {
        if (values.length == 0) return EMPTY;
        Arrays.sort(values);
        int n = 1;
        for (int i = 1; i < values.length; i++) {
            if (values[i].compareTo(values[n - 1]) != 0) values[n++] = values[i];
        }
        return new SetV(n == values.length ? values : Arrays.copyOf(values, n));
    }

    public boolean contains(Value v) { return Arrays.binarySearch(elements, v) >= 0; }

    public SetV with(Value v) {
        int i = Arrays.binarySearch(elements, v);
        if (i >= 0) return this;
        return new SetV(ValueArrays.inserted(elements, -i - 1, v));
    }

    public SetV without(Value v) {
        int i = Arrays.binarySearch(elements, v);
        if (i < 0) return this;
        return new SetV(ValueArrays.removed(elements, i));
    }

    public SetV union(SetV o) {
        if (o.elements.length == 0) return this;
        if (elements.length == 0) return o;
        Value[] out = new Value[elements.length + o.elements.length];
        int i = 0, j = 0, n = 0;
        while (i < elements.length && j < o.elements.length) {
            int c = elements[i].compareTo(o.elements[j]);
            if (c < 0) out[n++] = elements[i++];
            else if (c > 0) out[n++] = o.elements[j++];
            else { out[n++] = elements[i++]; j++; }
        }
        while (i < elements.length) out[n++] = elements[i++];
        while (j < o.elements.length) out[n++] = o.elements[j++];
        return new SetV(n == out.length ? out : Arrays.copyOf(out, n));
    }

    public SetV intersect(SetV o) {
        Value[] out = new Value[Math.min(elements.length, o.elements.length)];
        int n = 0;
        for (Value v : elements) if (o.contains(v)) out[n++] = v;
        return new SetV(Arrays.copyOf(out, n));
    }

    public SetV minus(SetV o) {
        Value[] out = new Value[elements.length];
        int n = 0;
        for (Value v : elements) if (!o.contains(v)) out[n++] = v;
        return n == elements.length ? this : new SetV(Arrays.copyOf(out, n));
    }

    public boolean isSubsetOf(SetV o) {
        for (Value v : elements) if (!o.contains(v)) return false;
        return true;
    }

    public int kindRank() { return 7; }

    String open() { return "{"; }

    String close() { return "}"; }
}
