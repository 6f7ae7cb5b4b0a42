package dev.lockstep.runtime.api;

import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The immutable set of generated code: distinct elements kept sorted in the spec's canonical order
 * ({@link SpecValues#compare}), so iteration, CHOOSE and parameter domains follow the spec's order. Equal to any
 * {@link java.util.Set} with the same elements; mutators throw {@link UnsupportedOperationException}.
 */
public final class SortedArraySet<E> extends AbstractSet<E> {
    private static final SortedArraySet<?> EMPTY = new SortedArraySet<>(new Object[0]);

    /** The elements are {@code elements[0 .. size)}; a longer array is shared with other sets (see {@link #prefixOf}). */
    private final Object[] elements;
    private final int size;
    private int hash;

    private SortedArraySet(Object[] sortedDistinct) { this(sortedDistinct, sortedDistinct.length); }

    private SortedArraySet(Object[] sortedDistinct, int size) {
        this.elements = sortedDistinct;
        this.size = size;
    }

    /**
     * The set of the first {@code size} elements of an array that is sorted, duplicate-free and never changed
     * again, sharing it (no copy): {@link SpecValues#range} builds {@code 0..n} this way in O(1).
     */
    static <E> SortedArraySet<E> prefixOf(Object[] sortedDistinct, int size) {
        return size == 0 ? empty() : new SortedArraySet<>(sortedDistinct, size);
    }

    @SuppressWarnings("unchecked")
    public static <E> SortedArraySet<E> empty() { return (SortedArraySet<E>) EMPTY; }

    @SafeVarargs
    public static <E> SortedArraySet<E> of(E... values) { return fromArray(values.clone()); }

    @SuppressWarnings("unchecked")
    public static <E> SortedArraySet<E> copyOf(Collection<? extends E> values) {
        if (values instanceof SortedArraySet<?> s) return (SortedArraySet<E>) s;
        return fromArray(values.toArray());
    }

    /** Sorts and removes duplicates in place; takes ownership of the array. */
    static <E> SortedArraySet<E> fromArray(Object[] values) {
        if (values.length == 0) return empty();
        Arrays.sort(values, SpecValues.ORDER);
        int n = 1;
        for (int i = 1; i < values.length; i++) {
            if (SpecValues.compare(values[i], values[n - 1]) != 0) values[n++] = values[i];
        }
        return new SortedArraySet<>(n == values.length ? values : Arrays.copyOf(values, n));
    }

    /** Takes ownership of an array that is already sorted and duplicate-free. */
    static <E> SortedArraySet<E> ofSorted(Object[] sortedDistinct) {
        return sortedDistinct.length == 0 ? empty() : new SortedArraySet<>(sortedDistinct);
    }

    @Override
    public int size() { return size; }

    /** The i-th least element. */
    @SuppressWarnings("unchecked")
    public E get(int i) { return (E) elements[java.util.Objects.checkIndex(i, size)]; }

    /** The elements, in an array of exactly this size (a shared array's prefix is copied). */
    Object[] array() { return size == elements.length ? elements : Arrays.copyOf(elements, size); }

    private int indexOf(Object o) {
        if (o == null) return -1;
        try {
            return SpecValues.search(elements, size, o);
        } catch (ClassCastException e) {
            return -1; // a value of another kind is never a member
        }
    }

    @Override
    public boolean contains(Object o) {
        if (size <= 8) {
            // Small sets, the usual case: equality is cheaper than the canonical comparison.
            for (int i = 0; i < size; i++) if (elements[i].equals(o)) return true;
            return false;
        }
        return indexOf(o) >= 0;
    }

    public SortedArraySet<E> with(E v) {
        int i = indexOf(v);
        if (i >= 0) return this;
        int at = -i - 1;
        Object[] out = new Object[size + 1];
        System.arraycopy(elements, 0, out, 0, at);
        out[at] = v;
        System.arraycopy(elements, at, out, at + 1, size - at);
        return new SortedArraySet<>(out);
    }

    public SortedArraySet<E> without(Object v) {
        int i = indexOf(v);
        if (i < 0) return this;
        Object[] out = new Object[size - 1];
        System.arraycopy(elements, 0, out, 0, i);
        System.arraycopy(elements, i + 1, out, i, size - i - 1);
        return ofSorted(out);
    }

    public SortedArraySet<E> union(SortedArraySet<? extends E> o) {
        if (o.size == 0) return this;
        if (size == 0) return copyOf(o);
        Object[] out = new Object[size + o.size];
        int i = 0, j = 0, n = 0;
        while (i < size && j < o.size) {
            int c = SpecValues.compare(elements[i], o.elements[j]);
            if (c < 0) out[n++] = elements[i++];
            else if (c > 0) out[n++] = o.elements[j++];
            else { out[n++] = elements[i++]; j++; }
        }
        while (i < size) out[n++] = elements[i++];
        while (j < o.size) out[n++] = o.elements[j++];
        return new SortedArraySet<>(n == out.length ? out : Arrays.copyOf(out, n));
    }

    public SortedArraySet<E> intersect(SortedArraySet<?> o) {
        Object[] out = new Object[Math.min(size, o.size)];
        int n = 0;
        for (int k = 0; k < size; k++) if (o.contains(elements[k])) out[n++] = elements[k];
        return ofSorted(Arrays.copyOf(out, n));
    }

    public SortedArraySet<E> minus(SortedArraySet<?> o) {
        Object[] out = new Object[size];
        int n = 0;
        for (int k = 0; k < size; k++) if (!o.contains(elements[k])) out[n++] = elements[k];
        return n == size ? this : ofSorted(Arrays.copyOf(out, n));
    }

    /** The elements in canonical order, as an immutable list view. */
    public List<E> asList() {
        return new AbstractList<>() {
            @Override
            public E get(int index) { return SortedArraySet.this.get(index); }

            @Override
            public int size() { return size; }

            @Override
            public boolean contains(Object o) { return SortedArraySet.this.contains(o); } // a search, not a scan
        };
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() { return next < size; }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                if (next >= size) throw new NoSuchElementException();
                return (E) elements[next++];
            }
        };
    }

    @Override
    public Object[] toArray() { return Arrays.copyOf(elements, size); }

    @Override
    public boolean equals(Object o) {
        if (o == this) return true;
        if (o instanceof SortedArraySet<?> s) return hashCode() == s.hashCode() && Arrays.equals(elements, 0, size, s.elements, 0, s.size);
        return super.equals(o);
    }

    /** The {@link java.util.Set} contract's hash (sum of element hashes), cached (recomputed when it is 0). */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (int k = 0; k < size; k++) h += elements[k].hashCode();
            hash = h;
        }
        return h;
    }
}
