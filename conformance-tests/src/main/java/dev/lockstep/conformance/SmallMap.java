package dev.lockstep.conformance;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A JSON object of a trace line: a few fields in two arrays, looked up by a linear scan that compares references
 * first (Jackson interns field names, and so does Java for the literals the checker looks up). For objects of a
 * handful of fields this is several times cheaper to build and read than a {@link java.util.HashMap}, and building
 * trees is most of the cost of reading a trace. A repeated field keeps its last value, as in Jackson's own trees.
 */
final class SmallMap<V> extends AbstractMap<String, V> {
    private String[] keys;
    private V[] values;
    private int size;

    SmallMap(int capacity) {
        keys = new String[capacity];
        @SuppressWarnings("unchecked")
        V[] array = (V[]) new Object[capacity];
        values = array;
    }

    void add(String key, V value) {
        int i = indexOf(key);
        if (i >= 0) {
            values[i] = value;
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size++] = value;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < size; i++) if (keys[i] == key) return i;
        for (int i = 0; i < size; i++) if (keys[i].equals(key)) return i;
        return -1;
    }

    @Override
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) { return indexOf(key) >= 0; }

    @Override
    public int size() { return size; }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() { return size; }

            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() { return next < size; }

                    @Override
                    public Entry<String, V> next() {
                        if (next >= size) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
