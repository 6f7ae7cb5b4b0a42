package dev.lockstep.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The value helpers of generated code: the spec's canonical order, sorted immutable collections, operators. */
class SpecValuesTest {

    @Test
    void canonicalOrderFollowsTheSpec() {
        assertTrue(SpecValues.compare(-3L, 2L) < 0);
        assertTrue(SpecValues.compare(false, true) < 0);
        assertTrue(SpecValues.compare(NodeId.of("a2"), NodeId.of("b1")) < 0);
        // Sequences and sets: shorter first, then element by element.
        assertTrue(SpecValues.compare(List.of(9L), List.of(1L, 1L)) < 0);
        assertTrue(SpecValues.compare(List.of(1L, 2L), List.of(1L, 3L)) < 0);
        assertTrue(SpecValues.compare(SpecValues.setOf(9L), SpecValues.setOf(1L, 2L)) < 0);
        assertTrue(SpecValues.compare(SpecValues.setOf(1L, 3L), SpecValues.setOf(2L, 1L)) > 0);
        assertEquals(0, SpecValues.compare(Set.of(2L, 1L), SpecValues.setOf(1L, 2L)));
        // Maps: keys first, then values.
        Map<Long, Long> f = SpecValues.fn(SpecValues.setOf(1L, 2L), k -> k * 10);
        assertTrue(SpecValues.compare(f, SpecValues.fn(SpecValues.setOf(1L, 3L), k -> 0L)) < 0);
        assertTrue(SpecValues.compare(f, SpecValues.fn(SpecValues.setOf(1L, 2L), k -> k * 11)) < 0);
    }

    @Test
    void sortedSetsAreSortedDistinctAndEqualToOtherSets() {
        SortedArraySet<Long> s = SpecValues.setOf(3L, 1L, 2L, 3L);
        assertEquals(List.of(1L, 2L, 3L), s.asList());
        assertEquals(new HashSet<>(List.of(1L, 2L, 3L)), s);
        assertEquals(new HashSet<>(List.of(1L, 2L, 3L)).hashCode(), s.hashCode());
        assertEquals(List.of(0L, 1L, 2L, 3L), s.with(0L).asList());
        assertEquals(List.of(1L, 3L), s.without(2L).asList());
        assertEquals(List.of(1L, 2L, 3L, 5L), SpecValues.union(s, Set.of(5L, 1L)).asList());
        assertEquals(List.of(2L), SpecValues.intersect(s, Set.of(2L, 7L)).asList());
        assertEquals(List.of(1L), SpecValues.minus(s, Set.of(2L, 3L)).asList());
        assertTrue(SpecValues.subsetEq(Set.of(1L), s));
        assertThrows(UnsupportedOperationException.class, () -> s.add(4L));
        SortedArraySet<Long> big = SpecValues.range(1, 100);
        assertTrue(big.contains(57L));
        assertFalse(big.contains(101L));
        assertFalse(big.contains("57"));
        assertEquals(List.of(), SpecValues.range(3, 2).asList());
    }

    @Test
    void sortedMapsIterateByKey() {
        SortedArrayMap<NodeId, Long> m = SortedArrayMap.<NodeId, Long>empty().with(NodeId.of("b"), 2L).with(NodeId.of("a"), 1L);
        assertEquals(List.of(NodeId.of("a"), NodeId.of("b")), m.keySet().asList());
        assertEquals(Map.of(NodeId.of("a"), 1L, NodeId.of("b"), 2L), m);
        assertEquals(new HashMap<>(Map.of(NodeId.of("a"), 1L, NodeId.of("b"), 2L)).hashCode(), m.hashCode());
        assertEquals(5L, SpecValues.except(m, NodeId.of("a"), old -> old + 4, "t:1:1").get(NodeId.of("a")));
        assertThrows(SpecFaultException.class, () -> SpecValues.except(m, NodeId.of("z"), old -> old, "t:1:1"));
        assertEquals(Map.of(1L, 7L, 2L, 3L), SpecValues.merge(Map.of(1L, 7L), Map.of(1L, 0L, 2L, 3L)));
    }

    @Test
    void operatorsMatchTheSpecSemantics() {
        assertEquals(-4L, SpecValues.div(-7, 2, "t:1:1"));
        assertEquals(1L, SpecValues.mod(-7, 2, "t:1:1"));
        assertThrows(SpecFaultException.class, () -> SpecValues.div(1, 0, "t:1:1"));
        assertThrows(ArithmeticException.class, () -> SpecValues.div(Long.MIN_VALUE, -1, "t:1:1"));
        assertEquals(2L, SpecValues.choose(SpecValues.setOf(4L, 2L, 3L), x -> x > 1, "t:1:1"));
        SpecFaultException e = assertThrows(SpecFaultException.class,
                () -> SpecValues.choose(SpecValues.setOf(1L), x -> x > 1, "t.lstep:3:4"));
        assertEquals("t.lstep:3:4", e.specLocation());
        assertEquals(20L, SpecValues.index(List.of(10L, 20L), 2, "t:1:1"));
        assertThrows(SpecFaultException.class, () -> SpecValues.index(List.of(10L), 2, "t:1:1"));
        assertEquals(List.of(2L, 3L), SpecValues.subSeq(List.of(1L, 2L, 3L), 2, 3, "t:1:1"));
        assertEquals(List.of(), SpecValues.subSeq(List.of(1L), 3, 2, "t:1:1"));
        assertEquals(List.of(List.of(), List.of(1L)), List.copyOf(SpecValues.powerset(SpecValues.setOf(1L), "t:1:1"))
                .stream().map(x -> List.copyOf(x)).toList());
        assertEquals(List.of(2L, 4L), SpecValues.map(SpecValues.setOf(1L, 2L, -1L), x -> Math.abs(x) * 2).asList());
        assertEquals(3L, SpecValues.max(SpecValues.setOf(1L, 3L), "t:1:1"));
    }

    @Test
    void itfDecodingNamesTheField() {
        Map<String, Object> record = Map.of("xs", Map.of("#set", List.of(Map.of("#bigint", "2"), "oops")));
        MalformedValueException e = assertThrows(MalformedValueException.class,
                () -> SpecValues.field(record, "xs", x -> SpecValues.setFromItf(x, Itf::asLong), "state of role R"));
        assertTrue(e.getMessage().startsWith("state of role R, field 'xs': expected an integer"), e.getMessage());
        assertEquals(List.of(2L), SpecValues.setFromItf(Map.of("#set", List.of(Map.of("#bigint", "2"))), Itf::asLong).asList());
    }

    /**
     * Sequence versions share one write-once array (SharedSeq): appending to the newest version writes a slot,
     * appending to an older version the value its next slot already holds shares it, and a different value copies;
     * every version keeps its values.
     */
    @Test
    void sequenceVersionsShareTheirArrayAndKeepTheirValues() {
        List<Long> a = SpecValues.append(List.of(), 1L);
        List<Long> ab = SpecValues.append(a, 2L);
        List<Long> abc = SpecValues.concat(ab, List.of(3L));
        assertEquals(List.of(1L), a);
        assertEquals(List.of(1L, 2L, 3L), abc);
        List<Long> prefix = SpecValues.subSeq(abc, 1, 1, "t:1:1");
        assertEquals(List.of(1L), prefix);
        List<Long> again = SpecValues.concat(prefix, List.of(2L, 3L, 4L));
        assertEquals(List.of(1L, 2L, 3L, 4L), again);
        List<Long> other = SpecValues.append(a, 9L); // slot 2 holds 2: a copy
        assertEquals(List.of(1L, 9L), other);
        assertEquals(List.of(1L, 2L), ab, "older versions keep their values");
        assertEquals(List.of(1L, 2L, 3L), abc);
        assertEquals(List.of(1L, 9L, 5L), SpecValues.append(other, 5L));
        assertEquals(ab.hashCode(), List.of(1L, 2L).hashCode());
        assertEquals(ab, SpecValues.subSeq(again, 1, 2, "t:1:1"));
        assertFalse(ab.equals(abc));
        List<Long> big = List.of();
        for (long i = 0; i < 1000; i++) big = SpecValues.append(big, i); // grows past the first array
        assertEquals(999L, big.get(999));
        assertEquals(List.of(0L, 1L), SpecValues.subSeq(big, 1, 2, "t:1:1"));
        assertThrows(UnsupportedOperationException.class, () -> ab.add(7L));
        assertThrows(NullPointerException.class, () -> SpecValues.append(ab, null));
    }

    /** {@code 0..n} shares one array of boxed naturals (a prefix view); it behaves as any other set. */
    @Test
    void rangesFromZeroAreViewsThatBehaveAsSets() {
        SortedArraySet<Long> big = SpecValues.range(0, 99);
        SortedArraySet<Long> small = SpecValues.range(0, 9);
        assertEquals(100, big.size());
        assertEquals(10, small.size());
        assertTrue(small.contains(9L));
        assertFalse(small.contains(10L), "past the view's end, though the shared array holds it");
        assertFalse(SpecValues.range(0, 20).contains(21L));
        assertEquals(SpecValues.setOf(0L, 1L, 2L), SpecValues.range(0, 2));
        assertEquals(SpecValues.setOf(0L, 1L, 2L).hashCode(), SpecValues.range(0, 2).hashCode());
        assertEquals(List.of(0L, 1L), List.copyOf(SpecValues.range(0, 1)));
        assertEquals(2, small.toArray().length - 8);
        assertThrows(IndexOutOfBoundsException.class, () -> small.get(10));
        assertEquals(SpecValues.range(5, 9), small.minus(SpecValues.range(0, 4)));
        assertEquals(small, big.intersect(small));
        assertEquals(big, small.union(big));
        assertEquals(11, small.with(42L).size());
        assertEquals(9, small.without(0L).size());
        assertEquals(List.of(8L, 9L), small.asList().subList(8, 10));
        assertTrue(big.asList().contains(99L));
        assertFalse(small.asList().contains(10L));
        assertEquals(SpecValues.range(1, 9), SpecValues.range(1, 9)); // built, not a view
    }
}
