package dev.lockstep.runtime.api;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The immutable map (a spec function) of generated code: keys kept sorted in the spec's canonical order
 * ({@link SpecValues#compare}), so iteration and ITF encoding follow the spec's order. Equal to any
 * {@link java.util.Map} with the same entries; mutators throw {@link UnsupportedOperationException}.
 */
public final class SortedArrayMap<K, V> extends AbstractMap<K, V> {
    private static final SortedArrayMap<?, ?> EMPTY = new SortedArrayMap<>(new Object[0], new Object[0]);

    private final Object[] keys;
    private final Object[] values;
    private int hash;

    private SortedArrayMap(Object[] sortedKeys, Object[] values) {
        this.keys = sortedKeys;
        this.values = values;
    }

    @SuppressWarnings("unchecked")
    public static <K, V> SortedArrayMap<K, V> empty() { return (SortedArrayMap<K, V>) EMPTY; }

    /** Takes ownership of arrays whose keys are sorted and distinct. */
    static <K, V> SortedArrayMap<K, V> ofSorted(Object[] sortedKeys, Object[] values) {
        return new SortedArrayMap<>(sortedKeys, values);
    }

    /** A copy of any map, sorted by key. */
    @SuppressWarnings("unchecked")
    public static <K, V> SortedArrayMap<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof SortedArrayMap<?, ?> m) return (SortedArrayMap<K, V>) m;
        SortedArrayMap<K, V> out = empty();
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) out = out.with(e.getKey(), e.getValue());
        return out;
    }

    private int indexOf(Object key) {
        if (key == null) return -1;
        try {
            return SpecValues.search(keys, key);
        } catch (ClassCastException e) {
            return -1;
        }
    }

    @Override
    public int size() { return keys.length; }

    @Override
    public boolean containsKey(Object key) { return indexOf(key) >= 0; }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @SuppressWarnings("unchecked")
    public K keyAt(int i) { return (K) keys[i]; }

    @SuppressWarnings("unchecked")
    public V valueAt(int i) { return (V) values[i]; }

    Object[] keyArray() { return keys; }

    Object[] valueArray() { return values; }

    /** A copy mapping {@code key} to {@code value}; the key may be new. */
    public SortedArrayMap<K, V> with(K key, V value) {
        int i = indexOf(key);
        if (i >= 0) {
            Object[] vs = values.clone();
            vs[i] = value;
            return new SortedArrayMap<>(keys, vs);
        }
        int at = -i - 1;
        Object[] ks = new Object[keys.length + 1];
        Object[] vs = new Object[keys.length + 1];
        System.arraycopy(keys, 0, ks, 0, at);
        System.arraycopy(values, 0, vs, 0, at);
        ks[at] = key;
        vs[at] = value;
        System.arraycopy(keys, at, ks, at + 1, keys.length - at);
        System.arraycopy(values, at, vs, at + 1, keys.length - at);
        return new SortedArrayMap<>(ks, vs);
    }

    /** The keys, as a sorted set. */
    @Override
    public SortedArraySet<K> keySet() { return SortedArraySet.ofSorted(keys); }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() { return keys.length; }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() { return next < keys.length; }

                    @Override
                    public Map.Entry<K, V> next() {
                        if (next >= keys.length) throw new NoSuchElementException();
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keyAt(i), valueAt(i));
                    }
                };
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) return true;
        if (o instanceof SortedArrayMap<?, ?> m) {
            return hashCode() == m.hashCode() && Arrays.equals(keys, m.keys) && Arrays.equals(values, m.values);
        }
        return super.equals(o);
    }

    /** The {@link java.util.Map} contract's hash, cached (recomputed when it is 0). */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (int i = 0; i < keys.length; i++) h += keys[i].hashCode() ^ values[i].hashCode();
            hash = h;
        }
        return h;
    }
}
