package dev.lockstep.lang.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTest {
    private static IntV i(long v) { return IntV.of(v); }

    private static final EnumV RED = new EnumV("Color", "red", 0);
    private static final EnumV BLUE = new EnumV("Color", "blue", 2);
    private static final EnumV ALPHA = new EnumV("Phase", "alpha", 0);

    /** A pool of distinct values of every kind, listed in canonical order. */
    private static List<Value> ordered() {
        return List.of(
                BoolV.FALSE, BoolV.TRUE,
                i(-5000), i(-1), i(0), i(3), i(5000), i(Long.MAX_VALUE),
                new StrV("a"), new StrV("b"),
                RED, BLUE, ALPHA,
                new NodeV("n1"), new NodeV("n2"),
                SeqV.EMPTY, SeqV.of(i(2)), SeqV.of(i(1), i(9)), SeqV.of(i(2), i(0)),
                Values.record(List.of("b"), List.of(i(1))), Values.record(List.of("a", "b"), List.of(i(1), i(1))),
                Values.record(List.of("a", "b"), List.of(i(1), i(2))),
                SetV.EMPTY, SetV.of(i(7)), SetV.of(i(1), i(2)), SetV.of(i(1), i(3)),
                FnV.EMPTY, new FnV(new Value[] {i(1)}, new Value[] {BoolV.TRUE}));
    }

    @Test
    void canonicalOrderIsKindsThenContents() {
        List<Value> expected = ordered();
        List<Value> shuffled = new ArrayList<>(expected);
        java.util.Collections.shuffle(shuffled, new java.util.Random(42));
        shuffled.sort(null);
        assertEquals(expected, shuffled);
    }

    @Test
    void orderIsATotalOrderConsistentWithEqualsAndHashCode() {
        List<Value> pool = new ArrayList<>(ordered());
        // Equal values built differently.
        pool.add(new IntV(3));
        pool.add(SetV.of(i(2), i(1), i(2)));
        pool.add(Values.record(List.of("b", "a"), List.of(i(2), i(1))));
        pool.add(FnV.EMPTY.with(i(1), BoolV.TRUE));
        for (Value a : pool) {
            for (Value b : pool) {
                int ab = Integer.signum(a.compareTo(b));
                assertEquals(-ab, Integer.signum(b.compareTo(a)), a + " vs " + b);
                assertEquals(ab == 0, a.equals(b), a + " vs " + b);
                if (a.equals(b)) assertEquals(a.hashCode(), b.hashCode(), a + " vs " + b);
                for (Value c : pool) {
                    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) assertTrue(a.compareTo(c) <= 0, a + " " + b + " " + c);
                }
            }
        }
    }

    @Test
    void equalityIsStructural() {
        assertEquals(IntV.of(123456), IntV.of(123456));
        assertEquals(SetV.of(i(3), i(1), i(2), i(3)), SetV.of(i(1), i(2), i(3)));
        assertEquals(3, SetV.of(i(3), i(1), i(2), i(3)).size());
        assertNotEquals(SeqV.of(i(1), i(2)), SeqV.of(i(2), i(1)));
        assertNotEquals(SetV.of(i(1)), SeqV.of(i(1)));
        assertNotEquals(RED, new EnumV("Other", "red", 0));
        assertEquals(Values.record(List.of("x", "y"), List.of(i(1), i(2))),
                Values.record(List.of("y", "x"), List.of(i(2), i(1))));
        assertNotEquals(BoolV.TRUE, IntV.of(1));
    }

    @Test
    void enumsOrderByDeclarationNotByLabel() {
        assertTrue(RED.compareTo(BLUE) < 0, "red is declared before blue");
        assertTrue(BLUE.compareTo(ALPHA) < 0, "enum name first");
    }

    @Test
    void setOperations() {
        SetV a = SetV.of(i(1), i(2), i(3));
        SetV b = SetV.of(i(3), i(4));
        assertEquals(SetV.of(i(1), i(2), i(3), i(4)), a.union(b));
        assertEquals(SetV.of(i(3)), a.intersect(b));
        assertEquals(SetV.of(i(1), i(2)), a.minus(b));
        assertEquals(SetV.EMPTY, b.intersect(SetV.of(i(9))));
        assertTrue(SetV.of(i(1), i(3)).isSubsetOf(a));
        assertFalse(b.isSubsetOf(a));
        assertTrue(SetV.EMPTY.isSubsetOf(SetV.EMPTY));
        assertTrue(a.contains(i(2)));
        assertFalse(a.contains(new StrV("2")));
        assertEquals(SetV.of(i(0), i(1), i(2), i(3)), a.with(i(0)));
        assertSame(a, a.with(i(2)));
        assertEquals(SetV.of(i(1), i(3)), a.without(i(2)));
        assertSame(a, a.without(i(9)));
        // Results stay sorted, so they equal sets built from scratch and hash alike.
        SetV u = SetV.of(i(5), i(1)).union(SetV.of(i(3)));
        assertEquals(List.of(i(1), i(3), i(5)), u.elements());
        assertEquals(SetV.of(i(1), i(3), i(5)).hashCode(), u.hashCode());
    }

    @Test
    void functionsAndSequences() {
        FnV f = FnV.EMPTY.with(i(2), new StrV("b")).with(i(1), new StrV("a"));
        assertEquals(SetV.of(i(1), i(2)), f.domain());
        assertEquals(new StrV("a"), f.get(i(1)));
        assertNull(f.get(i(3)));
        FnV g = f.with(i(1), new StrV("z"));
        assertEquals(new StrV("a"), f.get(i(1)), "with() does not modify the original");
        assertEquals(new StrV("z"), g.get(i(1)));
        assertEquals(f, g.with(i(1), new StrV("a")));
        assertEquals(FnV.EMPTY.with(i(2), new StrV("b")), f.without(i(1)));
        assertEquals("(1 :> \"a\" @@ 2 :> \"b\")", f.show());

        SeqV s = SeqV.of(i(1), i(2));
        assertEquals(SeqV.of(i(1), i(2), i(3)), s.append(i(3)));
        assertEquals(SeqV.of(i(1), i(2), i(1), i(2)), s.concat(s));
        assertEquals(SeqV.of(i(2)), s.slice(1, 2));
        assertEquals(SeqV.of(i(1), i(9)), s.with(1, i(9)));
        assertEquals("<<1, 2>>", s.show());
    }
}
