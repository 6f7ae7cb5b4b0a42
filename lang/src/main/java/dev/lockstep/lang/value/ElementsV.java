package dev.lockstep.lang.value;

import java.util.Arrays;
import java.util.List;

/**
 * What a sequence and a set share: an array of elements (the set's sorted and distinct), compared element by element,
 * hashed once, and shown between the kind's brackets.
 */
abstract sealed class ElementsV implements Value permits SeqV, SetV {
    final Value[] elements;
    private int hash;
    /** See {@link Fingerprints}, which reads and writes it; 0 until computed. */
    long fingerprint;

    /** Takes ownership of the array. */
    ElementsV(Value[] elements) { this.elements = elements; }

    /** The brackets {@link #show} puts around the elements: {@code <<} and {@code >>}, or braces. */
    abstract String open();

    abstract String close();

    public final int size() { return elements.length; }

    /** 0-based element access. */
    public final Value get(int i) { return elements[i]; }

    public final List<Value> elements() { return List.of(elements); }

    public final int compareSameKind(Value o) { return Values.compareArrays(elements, ((ElementsV) o).elements); }

    @Override
    public final boolean equals(Object o) {
        return o == this || (o != null && o.getClass() == getClass() && hashCode() == o.hashCode()
                && Arrays.equals(elements, ((ElementsV) o).elements));
    }

    @Override
    public final int hashCode() {
        int h = hash;
        // The kind's rank tells a set from the sequence of the same elements.
        if (h == 0) hash = h = Values.cacheableHash(Arrays.hashCode(elements) * 31 + kindRank());
        return h;
    }

    public final String show() { return Values.join(open(), ", ", close(), elements); }

    @Override
    public final String toString() { return show(); }
}
