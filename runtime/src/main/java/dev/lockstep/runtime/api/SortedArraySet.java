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

    private final Object[] elements;
    private int hash;

    private SortedArraySet(Object[] sortedDistinct) { this.elements = sortedDistinct; }

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
    public int size() { return elements.length; }

    /** The i-th least element. */
    @SuppressWarnings("unchecked")
    public E get(int i) { return (E) elements[i]; }

    Object[] array() { return elements; }

    private int indexOf(Object o) {
        if (o == null) return -1;
        try {
            return SpecValues.search(elements, o);
        } catch (ClassCastException e) {
            return -1; // a value of another kind is never a member
        }
    }

    @Override
    public boolean contains(Object o) {
        if (elements.length <= 8) {
            // Small sets, the usual case: equality is cheaper than the canonical comparison.
            for (Object e : elements) if (e.equals(o)) return true;
            return false;
        }
        return indexOf(o) >= 0;
    }

    public SortedArraySet<E> with(E v) {
        int i = indexOf(v);
        if (i >= 0) return this;
        int at = -i - 1;
        Object[] out = new Object[elements.length + 1];
        System.arraycopy(elements, 0, out, 0, at);
        out[at] = v;
        System.arraycopy(elements, at, out, at + 1, elements.length - at);
        return new SortedArraySet<>(out);
    }

    public SortedArraySet<E> without(Object v) {
        int i = indexOf(v);
        if (i < 0) return this;
        Object[] out = new Object[elements.length - 1];
        System.arraycopy(elements, 0, out, 0, i);
        System.arraycopy(elements, i + 1, out, i, elements.length - i - 1);
        return ofSorted(out);
    }

    public SortedArraySet<E> union(SortedArraySet<? extends E> o) {
        if (o.elements.length == 0) return this;
        if (elements.length == 0) return copyOf(o);
        Object[] out = new Object[elements.length + o.elements.length];
        int i = 0, j = 0, n = 0;
        while (i < elements.length && j < o.elements.length) {
            int c = SpecValues.compare(elements[i], o.elements[j]);
            if (c < 0) out[n++] = elements[i++];
            else if (c > 0) out[n++] = o.elements[j++];
            else { out[n++] = elements[i++]; j++; }
        }
        while (i < elements.length) out[n++] = elements[i++];
        while (j < o.elements.length) out[n++] = o.elements[j++];
        return new SortedArraySet<>(n == out.length ? out : Arrays.copyOf(out, n));
    }

    public SortedArraySet<E> intersect(SortedArraySet<?> o) {
        Object[] out = new Object[Math.min(elements.length, o.elements.length)];
        int n = 0;
        for (Object v : elements) if (o.contains(v)) out[n++] = v;
        return ofSorted(Arrays.copyOf(out, n));
    }

    public SortedArraySet<E> minus(SortedArraySet<?> o) {
        Object[] out = new Object[elements.length];
        int n = 0;
        for (Object v : elements) if (!o.contains(v)) out[n++] = v;
        return n == elements.length ? this : ofSorted(Arrays.copyOf(out, n));
    }

    /** The elements in canonical order, as an immutable list view. */
    public List<E> asList() {
        return new AbstractList<>() {
            @Override
            public E get(int index) { return SortedArraySet.this.get(index); }

            @Override
            public int size() { return elements.length; }
        };
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() { return next < elements.length; }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                if (next >= elements.length) throw new NoSuchElementException();
                return (E) elements[next++];
            }
        };
    }

    @Override
    public Object[] toArray() { return elements.clone(); }

    @Override
    public boolean equals(Object o) {
        if (o == this) return true;
        if (o instanceof SortedArraySet<?> s) return hashCode() == s.hashCode() && Arrays.equals(elements, s.elements);
        return super.equals(o);
    }

    /** The {@link java.util.Set} contract's hash (sum of element hashes), cached (recomputed when it is 0). */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (Object e : elements) h += e.hashCode();
            hash = h;
        }
        return h;
    }
}
