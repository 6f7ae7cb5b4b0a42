package dev.lockstep.lang.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class NodePermutationTest {
    private static final NodeV A = new NodeV("a");
    private static final NodeV B = new NodeV("b");
    private static final NodeV C = new NodeV("c");
    private static final NodePermutation SWAP_AB = NodePermutation.swap(A, B);

    @Test
    void renamesNodesInsideEveryKindOfValueAndKeepsSetsAndDomainsSorted() {
        SetV set = SetV.of(A, C);
        assertEquals(SetV.of(B, C), SWAP_AB.apply(set));
        // {a |-> 1, b |-> 2} becomes {b |-> 1, a |-> 2}: keys re-sorted with their values.
        FnV fn = new FnV(new Value[] {A, B}, new Value[] {IntV.of(1), IntV.of(2)});
        FnV swapped = (FnV) SWAP_AB.apply(fn);
        assertEquals(new FnV(new Value[] {A, B}, new Value[] {IntV.of(2), IntV.of(1)}), swapped);
        RecordV msg = Values.record(List.of("type", "src", "dst"), List.of(new StrV("Ping"), A, C));
        assertEquals(Values.record(List.of("type", "src", "dst"), List.of(new StrV("Ping"), B, C)), SWAP_AB.apply(msg));
        // A fifo channel map: keys <<src, dst>>, values sequences of messages.
        FnV channels = new FnV(new Value[] {SeqV.of(A, C)}, new Value[] {SeqV.of(msg)});
        assertEquals(new FnV(new Value[] {SeqV.of(B, C)}, new Value[] {SeqV.of(SWAP_AB.apply(msg))}),
                SWAP_AB.apply(channels));
    }

    @Test
    void aValueWithoutMovedNodesComesBackAsTheSameInstance() {
        Value v = SetV.of(SeqV.of(C, IntV.of(3)), Values.record(List.of("x"), List.of(new StrV("s"))));
        assertSame(v, SWAP_AB.apply(v));
        assertSame(C, SWAP_AB.apply(C));
    }
}
