package dev.lockstep.runtime.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The spec's operators on the Java values of the value mapping, used by generated code: the canonical order,
 * set and function operators that keep {@link SortedArraySet}/{@link SortedArrayMap} sorted, quantifiers, CHOOSE,
 * sequences, and ITF decoding of collections. Faults throw {@link SpecFaultException} with the spec location;
 * integer overflow throws {@link ArithmeticException}, which the generated action turns into a
 * {@link SpecOverflowException}.
 */
public final class SpecValues {
    private SpecValues() {}

    /** The spec's canonical order; see {@link #compare}. */
    public static final Comparator<Object> ORDER = SpecValues::compare;

    /**
     * The spec's canonical order on two values of the same type: ints numerically, booleans false before true,
     * strings and nodes by name, enum labels by declaration, sequences by length then element by element, sets by
     * size then element by element in order, maps by keys then values; generated records compare their fields in
     * the order of their sorted names.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compare(Object a, Object b) {
        // The common kinds first, without the megamorphic Comparable call.
        if (a instanceof Long x) return Long.compare(x, (Long) b);
        if (a instanceof NodeId x) return x.name().compareTo(((NodeId) b).name());
        if (a instanceof Set<?> x) return compareIterables(sorted(x), sorted((Set<?>) b), x.size(), ((Set<?>) b).size());
        if (a instanceof List<?> x) return compareIterables(x, (List<?>) b, x.size(), ((List<?>) b).size());
        if (a instanceof Map<?, ?> x) {
            SortedArrayMap<?, ?> l = SortedArrayMap.copyOf(x);
            SortedArrayMap<?, ?> r = SortedArrayMap.copyOf((Map<?, ?>) b);
            int c = compareArrays(l.keyArray(), r.keyArray());
            return c != 0 ? c : compareArrays(l.valueArray(), r.valueArray());
        }
        return ((Comparable) a).compareTo(b);
    }

    /**
     * {@link java.util.Arrays#binarySearch} over a canonically sorted array, calling {@link #compare} directly (no
     * comparator object), with a linear equality scan for the short arrays that are the usual case.
     */
    static int search(Object[] sorted, Object key) {
        return search(sorted, sorted.length, key);
    }

    /** {@link #search(Object[], Object)} in the first {@code size} elements. */
    static int search(Object[] sorted, int size, Object key) {
        if (size <= 8) {
            for (int i = 0; i < size; i++) if (sorted[i].equals(key)) return i;
        }
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(sorted[mid], key);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    private static Collection<?> sorted(Set<?> s) {
        return s instanceof SortedArraySet<?> ? s : SortedArraySet.copyOf(s);
    }

    private static int compareIterables(Iterable<?> a, Iterable<?> b, int sizeA, int sizeB) {
        int c = Integer.compare(sizeA, sizeB);
        if (c != 0) return c;
        Iterator<?> i = a.iterator();
        Iterator<?> j = b.iterator();
        while (i.hasNext()) {
            c = compare(i.next(), j.next());
            if (c != 0) return c;
        }
        return 0;
    }

    private static int compareArrays(Object[] a, Object[] b) {
        int c = Integer.compare(a.length, b.length);
        for (int i = 0; c == 0 && i < a.length; i++) c = compare(a[i], b[i]);
        return c;
    }

    // ---- sets ---------------------------------------------------------------------------------------

    @SafeVarargs
    public static <T> SortedArraySet<T> setOf(T... elements) { return SortedArraySet.of(elements); }

    /** A set's elements in canonical order as an immutable list (a view, no copy, for generated sets). */
    public static <T> List<T> elements(Set<T> s) { return SortedArraySet.copyOf(s).asList(); }

    public static <T> SortedArraySet<T> union(Set<? extends T> a, Set<? extends T> b) {
        return SortedArraySet.<T>copyOf(a).union(SortedArraySet.copyOf(b));
    }

    public static <T> SortedArraySet<T> intersect(Set<? extends T> a, Set<?> b) {
        return SortedArraySet.<T>copyOf(a).intersect(SortedArraySet.copyOf(b));
    }

    public static <T> SortedArraySet<T> minus(Set<? extends T> a, Set<?> b) {
        return SortedArraySet.<T>copyOf(a).minus(SortedArraySet.copyOf(b));
    }

    public static boolean subsetEq(Set<?> a, Set<?> b) { return b.containsAll(a); }

    /** 0, 1, 2, ... boxed once, shared by every {@code 0..n} (the array is replaced by a longer one, never changed). */
    private static volatile Object[] naturals = new Object[0];

    /** An array starting 0, 1, ..., n - 1 (and maybe more). */
    private static Object[] naturals(int n) {
        Object[] a = naturals;
        if (a.length >= n) return a;
        synchronized (SpecValues.class) {
            a = naturals;
            if (a.length >= n) return a;
            Object[] b = Arrays.copyOf(a, Math.max(n, a.length * 2));
            for (int i = a.length; i < b.length; i++) b[i] = (long) i;
            naturals = b;
            return b;
        }
    }

    /** The last large range built, kept for the next call with the same bounds (the sets are immutable). */
    private record Range(long lo, long hi, SortedArraySet<Long> set) {}

    private static volatile Range lastRange;

    /**
     * {@code lo..hi}: empty when {@code hi < lo}. A generated machine builds the same range several times per step
     * (a domain such as {@code 0..Len(log)} for the parameter, then again for each binding's enabledness check), so
     * the last range of more than 64 elements is reused: without it a step over a log of n entries cost O(n^2).
     */
    public static SortedArraySet<Long> range(long lo, long hi) {
        if (hi < lo) return SortedArraySet.empty();
        if (Long.compareUnsigned(hi - lo, 1 << 22) >= 0) {
            throw new SpecFaultException(lo + ".." + hi + " has too many elements to enumerate", "runtime");
        }
        if (lo == 0) return SortedArraySet.prefixOf(naturals((int) hi + 1), (int) hi + 1);
        Range last = lastRange;
        if (last != null && last.lo == lo && last.hi == hi) return last.set;
        Object[] out = new Object[(int) (hi - lo + 1)];
        for (int i = 0; i < out.length; i++) out[i] = lo + i;
        SortedArraySet<Long> set = SortedArraySet.ofSorted(out);
        if (out.length > 64) lastRange = new Range(lo, hi, set);
        return set;
    }

    public static <T> SortedArraySet<Set<T>> powerset(Set<T> s, String at) {
        SortedArraySet<T> set = SortedArraySet.copyOf(s);
        if (set.size() > 20) throw new SpecFaultException("SUBSET of a set of " + set.size() + " elements", at);
        Object[] out = new Object[1 << set.size()];
        for (int mask = 0; mask < out.length; mask++) {
            SortedArraySet<T> subset = SortedArraySet.empty();
            for (int i = 0; i < set.size(); i++) if ((mask & (1 << i)) != 0) subset = subset.with(set.get(i));
            out[mask] = subset;
        }
        return SortedArraySet.fromArray(out);
    }

    /** {@code UNION S}. */
    public static <T> SortedArraySet<T> unionAll(Set<? extends Set<? extends T>> sets) {
        SortedArraySet<T> out = SortedArraySet.empty();
        for (Set<? extends T> s : sets) out = out.union(SortedArraySet.copyOf(s));
        return out;
    }

    public static <T> boolean forall(Set<T> domain, Predicate<? super T> body) {
        for (T x : domain) if (!body.test(x)) return false;
        return true;
    }

    public static <T> boolean exists(Set<T> domain, Predicate<? super T> body) {
        for (T x : domain) if (body.test(x)) return true;
        return false;
    }

    /** The least element satisfying {@code body}, in canonical order. */
    public static <T> T choose(Set<T> domain, Predicate<? super T> body, String at) {
        for (T x : domain) if (body.test(x)) return x;
        throw new SpecFaultException(domain.isEmpty() ? "CHOOSE over the empty set"
                : "no element of " + domain + " satisfies the CHOOSE condition", at);
    }

    /** {@code {x \in S : p}}. */
    public static <T> SortedArraySet<T> filter(Set<T> domain, Predicate<? super T> p) {
        List<Object> out = new ArrayList<>();
        for (T x : domain) if (p.test(x)) out.add(x);
        return domain instanceof SortedArraySet<?> ? SortedArraySet.ofSorted(out.toArray())
                : SortedArraySet.fromArray(out.toArray());
    }

    /** {@code {e : x \in S}}. */
    public static <T, R> SortedArraySet<R> map(Set<T> domain, Function<? super T, ? extends R> body) {
        Object[] out = new Object[domain.size()];
        int n = 0;
        for (T x : domain) out[n++] = body.apply(x);
        return SortedArraySet.fromArray(out);
    }

    /** The union of {@code body(x)} over {@code x \in S}: {@code {e : x \in S, y \in T}} nests map in it. */
    public static <T, R> SortedArraySet<R> flatMap(Set<T> domain, Function<? super T, ? extends Set<? extends R>> body) {
        SortedArraySet<R> out = SortedArraySet.empty();
        for (T x : domain) out = out.union(SortedArraySet.copyOf(body.apply(x)));
        return out;
    }

    public static <T extends Comparable<? super T>> T min(Set<T> s, String at) {
        if (s.isEmpty()) throw new SpecFaultException("Min of the empty set", at);
        return SortedArraySet.copyOf(s).get(0);
    }

    public static <T extends Comparable<? super T>> T max(Set<T> s, String at) {
        if (s.isEmpty()) throw new SpecFaultException("Max of the empty set", at);
        SortedArraySet<T> sorted = SortedArraySet.copyOf(s);
        return sorted.get(sorted.size() - 1);
    }

    // ---- functions (maps) ---------------------------------------------------------------------------

    /** {@code [x \in S |-> e]}. */
    public static <K, V> SortedArrayMap<K, V> fn(Set<K> domain, Function<? super K, ? extends V> body) {
        SortedArraySet<K> keys = SortedArraySet.copyOf(domain);
        Object[] values = new Object[keys.size()];
        for (int i = 0; i < values.length; i++) values[i] = body.apply(keys.get(i));
        return SortedArrayMap.ofSorted(keys.array(), values);
    }

    /** {@code [S -> T]}: every function from S to T (the spec's limit on enumeration applies). */
    public static <K, V> SortedArraySet<Map<K, V>> functionSet(Set<K> domain, Set<V> range, String at) {
        SortedArraySet<K> keys = SortedArraySet.copyOf(domain);
        SortedArraySet<V> values = SortedArraySet.copyOf(range);
        double count = Math.pow(values.size(), keys.size());
        if (count > 1 << 22) {
            throw new SpecFaultException("[S -> T] has " + values.size() + "^" + keys.size() + " functions", at);
        }
        Object[] out = new Object[(int) count];
        int[] digits = new int[keys.size()];
        for (int n = 0; n < out.length; n++) {
            Object[] image = new Object[keys.size()];
            for (int i = 0; i < image.length; i++) image[i] = values.get(digits[i]);
            out[n] = SortedArrayMap.ofSorted(keys.array(), image);
            for (int i = keys.size() - 1; i >= 0 && ++digits[i] == values.size(); i--) digits[i] = 0;
        }
        return SortedArraySet.fromArray(out);
    }

    public static <K> SortedArraySet<K> domain(Map<K, ?> f) { return SortedArrayMap.copyOf(f).keySet(); }

    /** {@code DOMAIN s} of a sequence: {@code 1..Len(s)}. */
    public static SortedArraySet<Long> domain(List<?> s) { return range(1, s.size()); }

    public static <K, V> V apply(Map<K, V> f, Object key, String at) {
        V v = f.get(key);
        if (v == null) {
            throw new SpecFaultException("function applied to " + key + ", which is outside its domain " + f.keySet(), at);
        }
        return v;
    }

    public static <K, V> SortedArrayMap<K, V> singletonMap(K key, V value) {
        return SortedArrayMap.<K, V>empty().with(key, value);
    }

    /** {@code f @@ g}: f's values win where both are defined. */
    public static <K, V> SortedArrayMap<K, V> merge(Map<K, V> f, Map<K, V> g) {
        SortedArrayMap<K, V> out = SortedArrayMap.copyOf(g);
        for (Map.Entry<K, V> e : f.entrySet()) out = out.with(e.getKey(), e.getValue());
        return out;
    }

    /** {@code [f EXCEPT ![key] = update(@)]}; the key must be in the domain. */
    public static <K, V> SortedArrayMap<K, V> except(Map<K, V> f, K key, UnaryOperator<V> update, String at) {
        V old = apply(f, key, at);
        return SortedArrayMap.copyOf(f).with(key, update.apply(old));
    }

    // ---- sequences ----------------------------------------------------------------------------------

    @SafeVarargs
    public static <T> List<T> seqOf(T... elements) { return List.of(elements); }

    /** {@code s[i]}, 1-based. */
    public static <T> T index(List<T> s, long i, String at) {
        if (i < 1 || i > s.size()) throw new SpecFaultException("index " + i + " is outside 1.." + s.size(), at);
        return s.get((int) i - 1);
    }

    /** {@code [s EXCEPT ![i] = update(@)]}. */
    public static <T> List<T> except(List<T> s, long i, UnaryOperator<T> update, String at) {
        T old = index(s, i, at);
        List<T> out = new ArrayList<>(s);
        out.set((int) i - 1, update.apply(old));
        return List.copyOf(out);
    }

    /** {@code Append(s, x)}: shares {@code s}'s array when it can ({@link SharedSeq}), else copies. */
    public static <T> List<T> append(List<? extends T> s, T x) {
        return concat(s, List.of(x));
    }

    /** {@code a \o b}: shares {@code a}'s array when it can ({@link SharedSeq}), else copies. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        if (b.isEmpty()) return (List<T>) a;
        if (a instanceof SharedSeq<?> shared) {
            SharedSeq<T> out = ((SharedSeq<T>) shared).tryConcat(b);
            if (out != null) return out;
        }
        return SharedSeq.copyOf(a, b);
    }

    public static <T> T head(List<T> s, String at) {
        if (s.isEmpty()) throw new SpecFaultException("Head of the empty sequence", at);
        return s.get(0);
    }

    public static <T> List<T> tail(List<T> s, String at) {
        if (s.isEmpty()) throw new SpecFaultException("Tail of the empty sequence", at);
        return List.copyOf(s.subList(1, s.size()));
    }

    public static <T> List<T> subSeq(List<T> s, long m, long n, String at) {
        if (m > n) return List.of();
        if (m < 1 || n > s.size()) throw new SpecFaultException("SubSeq(s, " + m + ", " + n + ") is outside 1.." + s.size(), at);
        if (m == 1 && s instanceof SharedSeq<T> shared) return shared.prefix((int) n); // a prefix shares the array
        return List.copyOf(s.subList((int) m - 1, (int) n));
    }

    // ---- integers -----------------------------------------------------------------------------------

    /** {@code a \div b}, rounding toward negative infinity. */
    public static long div(long a, long b, String at) {
        if (b == 0) throw new SpecFaultException("division by zero", at);
        if (a == Long.MIN_VALUE && b == -1) throw new ArithmeticException("long overflow");
        return Math.floorDiv(a, b);
    }

    /** {@code a % b}, with the sign of b. */
    public static long mod(long a, long b, String at) {
        if (b == 0) throw new SpecFaultException("modulo by zero", at);
        return Math.floorMod(a, b);
    }

    // ---- LET, CASE ----------------------------------------------------------------------------------

    /** {@code LET x == value IN body(x)}. */
    public static <T, R> R let(T value, Function<? super T, ? extends R> body) { return body.apply(value); }

    /** A CASE with no arm that applies and no OTHER. */
    public static <T> T noCaseArm(String at) { throw new SpecFaultException("no CASE arm applies", at); }

    // ---- ITF decoding -------------------------------------------------------------------------------

    public static <T> SortedArraySet<T> setFromItf(Object itf, Function<Object, ? extends T> element) {
        List<?> items = Itf.asSetElements(itf);
        Object[] out = new Object[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = element.apply(items.get(i));
        return SortedArraySet.fromArray(out);
    }

    public static <T> List<T> seqFromItf(Object itf, Function<Object, ? extends T> element) {
        List<?> items = Itf.asList(itf);
        List<T> out = new ArrayList<>(items.size());
        for (Object o : items) out.add(element.apply(o));
        return List.copyOf(out);
    }

    public static <K, V> SortedArrayMap<K, V> mapFromItf(Object itf, Function<Object, ? extends K> key,
                                                       Function<Object, ? extends V> value) {
        SortedArrayMap<K, V> out = SortedArrayMap.empty();
        for (Object e : Itf.asMapEntries(itf)) {
            List<?> pair = (List<?>) e;
            out = out.with(key.apply(pair.get(0)), value.apply(pair.get(1)));
        }
        return out;
    }

    /** A record field decoded with {@code decode}; a failure names the field and {@code what} it belongs to. */
    public static <T> T field(Map<?, ?> record, String name, Function<Object, ? extends T> decode, String what) {
        try {
            return decode.apply(Itf.field(record, name));
        } catch (MalformedValueException e) {
            throw new MalformedValueException(what + ", field '" + name + "': " + e.getMessage());
        }
    }
}
