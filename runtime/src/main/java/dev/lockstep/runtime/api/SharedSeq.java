package dev.lockstep.runtime.api;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An immutable spec sequence whose versions share one write-once array, so that the sequence builtins of generated
 * code ({@link SpecValues#append}, {@link SpecValues#concat}, {@link SpecValues#subSeq} of a prefix) cost what they
 * add rather than the length of the sequence. A version is a length over the shared {@link Store}; slots are written
 * once and never changed, so every version reads the same values for ever. Appending x to a version of length n:
 * if n is the store's filled length, x is written into slot n; if slot n already holds a value equal to x (a Raft
 * follower receiving entries it has), that slot is shared; otherwise the caller copies. A Raft log of n entries thus
 * grows by a constant per step instead of being copied (issue 19).
 */
final class SharedSeq<E> extends AbstractList<E> implements RandomAccess {
    /**
     * The array the versions share; {@code filled} slots are written. Guarded by its own monitor. A store copied from
     * a version of another (a Raft follower truncating its log, then appending) notes that store's {@code id} and how
     * many first slots it holds equal to it, so that a trace can write the new version as a delta (docs/runtime.md
     * "Sequence deltas") without comparing elements; an id rather than a reference, so that old stores are freed.
     */
    private static final class Store {
        private static final AtomicLong IDS = new AtomicLong();
        final long id = IDS.incrementAndGet();
        Object[] items;
        int filled;
        final long base;
        final int sharedWithBase;

        Store(Object[] items, int filled, long base, int sharedWithBase) {
            this.items = items;
            this.filled = filled;
            this.base = base;
            this.sharedWithBase = sharedWithBase;
        }
    }

    private final Store store;
    /** The store's array when this version was made: it holds this version's slots (a later growth copies them). */
    private final Object[] items;
    private final int size;

    private SharedSeq(Store store, Object[] items, int size) {
        this.store = store;
        this.items = items;
        this.size = size;
    }

    /** A new sequence holding {@code a}'s elements then {@code b}'s, with room to grow. */
    static <E> SharedSeq<E> copyOf(List<? extends E> a, List<? extends E> b) {
        Object[] items = new Object[Math.max(16, (a.size() + b.size()) * 3 / 2)];
        int n = 0;
        for (E x : a) items[n++] = Objects.requireNonNull(x);
        for (E x : b) items[n++] = Objects.requireNonNull(x);
        Store base = a instanceof SharedSeq<?> s ? s.store : null;
        return new SharedSeq<>(new Store(items, n, base == null ? 0 : base.id, base == null ? 0 : a.size()), items, n);
    }

    /**
     * How many first elements this version has in common with {@code earlier}, when their stores tell it without
     * reading elements: both over one store (then the shorter is a prefix of the longer), or this one's store copied
     * from {@code earlier}'s; else -1 (unknown).
     */
    int sharedPrefix(SharedSeq<?> earlier) {
        if (earlier.store == store) return Math.min(size, earlier.size);
        if (earlier.store.id == store.base) return Math.min(store.sharedWithBase, Math.min(size, earlier.size));
        return -1;
    }

    /** {@code this \o b} sharing this version's store, or null when a slot after it holds another value. */
    SharedSeq<E> tryConcat(List<? extends E> b) {
        synchronized (store) {
            int n = size;
            for (E x : b) {
                Objects.requireNonNull(x);
                if (n < store.filled) {
                    if (!store.items[n].equals(x)) return null;
                } else {
                    if (n == store.items.length) store.items = Arrays.copyOf(store.items, n * 2);
                    store.items[n] = x;
                    store.filled = n + 1;
                }
                n++;
            }
            return n == size ? this : new SharedSeq<>(store, store.items, n);
        }
    }

    /** The prefix of length {@code n} (0 &lt;= n &lt;= size), sharing the store. */
    SharedSeq<E> prefix(int n) {
        return n == size ? this : new SharedSeq<>(store, items, n);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) items[index];
    }

    @Override
    public int size() { return size; }

    @Override
    public boolean equals(Object o) {
        if (o instanceof SharedSeq<?> s && s.store == store) return s.size == size; // one store: equal slots
        return super.equals(o);
    }

    @Override
    public int hashCode() { return super.hashCode(); }
}
