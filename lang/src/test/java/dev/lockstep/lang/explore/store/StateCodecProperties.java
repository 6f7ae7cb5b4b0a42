package dev.lockstep.lang.explore.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.EnumV;
import dev.lockstep.lang.value.Fingerprints;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import dev.lockstep.lang.value.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The state encoding is a bijection (it decodes to an equal state, and equal states are exactly equal bytes), and
 * fingerprints follow equality: equal states share one, and among these small domains unequal ones never do.
 */
class StateCodecProperties {

    @Property(tries = 500)
    void decodingAnEncodingGivesAnEqualState(@ForAll("states") State state) {
        byte[] bytes = StateCodec.encode(state);
        State back = StateCodec.decode(bytes);
        assertEquals(state, back);
        assertArrayEquals(bytes, StateCodec.encode(back));
        assertEquals(Fingerprints.ofState(state.slots()), Fingerprints.ofState(back.slots()));
    }

    /** Small domains, so that equal but separately built states are common among the pairs. */
    @Property(tries = 2000)
    void statesAreEqualExactlyWhenTheirEncodingsAre(@ForAll("smallStates") State a, @ForAll("smallStates") State b) {
        boolean sameBytes = Arrays.equals(StateCodec.encode(a), StateCodec.encode(b));
        assertEquals(a.equals(b), sameBytes, () -> a.slots()[0].show() + " vs " + b.slots()[0].show());
        boolean sameFingerprint = Fingerprints.ofState(a.slots()) == Fingerprints.ofState(b.slots());
        assertEquals(a.equals(b), sameFingerprint, () -> a.slots()[0].show() + " vs " + b.slots()[0].show());
    }

    @Property(tries = 200)
    void truncatedEncodingsAreRefused(@ForAll("states") State state) {
        byte[] bytes = StateCodec.encode(state);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
        assertThrows(IllegalArgumentException.class, () -> StateCodec.decode(cut));
    }

    @Property(tries = 100)
    void anotherVersionIsRefused(@ForAll("states") State state) {
        byte[] bytes = StateCodec.encode(state);
        bytes[0] = (byte) (StateCodec.VERSION + 1);
        assertThrows(IllegalArgumentException.class, () -> StateCodec.decode(bytes));
    }

    @Provide
    Arbitrary<State> states() {
        // Spec strings come from UTF-8 source text, so they never hold a lone surrogate.
        Arbitrary<String> names = Arbitraries.strings().withCharRange('a', 'z').withChars('é', '€', 'λ').ofMaxLength(6);
        return stateOf(values(3, names, 1L << 40));
    }

    @Provide
    Arbitrary<State> smallStates() { return stateOf(values(2, Arbitraries.of("a", "b"), 2)); }

    private static Arbitrary<State> stateOf(Arbitrary<Value> value) {
        return value.list().ofMinSize(1).ofMaxSize(4).map(vs -> new State(vs.toArray(Value[]::new)));
    }

    private static Arbitrary<Value> values(int depth, Arbitrary<String> names, long intRange) {
        Arbitrary<Value> leaf = Arbitraries.oneOf(
                Arbitraries.of(BoolV.TRUE, BoolV.FALSE),
                Arbitraries.longs().between(-intRange, intRange).map(IntV::of),
                Arbitraries.longs().map(IntV::of),
                names.map(StrV::new),
                names.map(NodeV::new),
                Arbitraries.integers().between(0, 2).map(i -> new EnumV("Phase", List.of("init", "ready", "done").get(i), i)));
        if (depth == 0) return leaf;
        Arbitrary<Value> inner = values(depth - 1, names, intRange);
        return Arbitraries.oneOf(leaf, leaf,
                inner.list().ofMaxSize(3).map(SeqV::of),
                inner.list().ofMaxSize(3).map(SetV::of),
                Combinators.combine(inner.list().ofMaxSize(3), inner.list().ofMaxSize(3)).as(StateCodecProperties::fn),
                Combinators.combine(names.list().ofMaxSize(3).uniqueElements(), inner.list().ofSize(3))
                        .as((ns, vs) -> Values.record(ns, new ArrayList<>(vs.subList(0, ns.size())))));
    }

    private static Value fn(List<Value> keys, List<Value> values) {
        TreeMap<Value, Value> map = new TreeMap<>();
        for (int i = 0; i < Math.min(keys.size(), values.size()); i++) map.put(keys.get(i), values.get(i));
        return new FnV(map.keySet().toArray(Value[]::new), map.values().toArray(Value[]::new));
    }
}
