package dev.lockstep.lang.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lockstep.lang.types.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Itf#decode} inverts {@link Itf#encode} for every type, and names the path of what does not fit. */
class ItfDecodeTest {
    private static final Type.Enum PHASE = new Type.Enum("Phase", List.of("init", "done"));
    private static final Type.Message PREPARED = new Type.Message("Prepared",
            List.of(new Type.Field("rm", Type.NODE), new Type.Field("bal", Type.INT)));
    private static final Type.Record STATE = new Type.Record(List.of(
            new Type.Field("phase", PHASE),
            new Type.Field("prepared", new Type.SetOf(Type.NODE)),
            new Type.Field("votes", new Type.MapOf(Type.NODE, new Type.Tuple(List.of(Type.INT, Type.BOOL)))),
            new Type.Field("log", new Type.SeqOf(Type.STRING)),
            new Type.Field("last", PREPARED)));

    private static Value sample() {
        NodeV r1 = new NodeV("r1"), r2 = new NodeV("r2");
        RecordV msg = Values.record(List.of("type", "src", "dst", "rm", "bal"),
                List.of(new StrV("Prepared"), r1, new NodeV("tm"), r1, IntV.of(-7)));
        FnV votes = new FnV(new Value[] {r1, r2}, new Value[] {SeqV.of(IntV.of(1), BoolV.TRUE),
                SeqV.of(IntV.of(Long.MAX_VALUE), BoolV.FALSE)});
        return Values.record(List.of("phase", "prepared", "votes", "log", "last"),
                List.of(new EnumV("Phase", "done", 1), SetV.of(r2, r1), votes, SeqV.of(new StrV("a"), new StrV("b")),
                        msg));
    }

    @Test
    void decodeInvertsEncode() {
        Value v = sample();
        assertEquals(v, Itf.decode(Itf.encode(v), STATE));
    }

    @Test
    void setsAndMapsMayListTheirElementsInAnyOrderAndIntsMayBePlainNumbers() {
        Object tree = Map.of("#set", List.of(Map.of("#bigint", "3"), 1, Map.of("#bigint", "2"), 1));
        assertEquals(SetV.of(IntV.of(1), IntV.of(2), IntV.of(3)), Itf.decode(tree, new Type.SetOf(Type.INT)));
        Object map = Map.of("#map", List.of(List.of("b", true), List.of("a", false)));
        assertEquals(new FnV(new Value[] {new NodeV("a"), new NodeV("b")}, new Value[] {BoolV.FALSE, BoolV.TRUE}),
                Itf.decode(map, new Type.MapOf(Type.NODE, Type.BOOL)));
    }

    @Test
    void errorsNameThePathInsideTheValue() {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = new java.util.LinkedHashMap<>((Map<String, Object>) Itf.encode(sample()));
        tree.put("prepared", "r1");
        assertEquals("state.prepared: expected a set {\"#set\": [...]}, found \"r1\"",
                assertThrows(ItfDecodeException.class, () -> Itf.decode(tree, STATE, "state")).getMessage());

        tree.put("prepared", Map.of("#set", List.of()));
        tree.put("phase", "started");
        assertEquals("state.phase: 'started' is not a label of enum Phase [init, done]",
                assertThrows(ItfDecodeException.class, () -> Itf.decode(tree, STATE, "state")).getMessage());

        tree.put("phase", "init");
        tree.put("votes", Map.of("#map", List.of(List.of("r1", List.of(Map.of("#bigint", "x1"), true)))));
        assertEquals("state.votes[0].value[0]: integer out of the 64-bit range or malformed: \"x1\"",
                assertThrows(ItfDecodeException.class, () -> Itf.decode(tree, STATE, "state")).getMessage());

        tree.remove("votes");
        assertEquals("state.votes: missing field",
                assertThrows(ItfDecodeException.class, () -> Itf.decode(tree, STATE, "state")).getMessage());
    }

    @Test
    void messagesCarryTheirTypeTagAndRefuseExtraFields() {
        Object wrongType = Map.of("type", "Commit", "src", "r1", "dst", "tm", "rm", "r1", "bal", 1);
        assertEquals("m.type: expected message type Prepared, found \"Commit\"",
                assertThrows(ItfDecodeException.class, () -> Itf.decode(wrongType, PREPARED, "m")).getMessage());
        Object extra = Map.of("type", "Prepared", "src", "r1", "dst", "tm", "rm", "r1", "bal", 1, "x", 2);
        assertEquals("m: unexpected field 'x' (the message Prepared has bal, dst, rm, src, type)",
                assertThrows(ItfDecodeException.class, () -> Itf.decode(extra, PREPARED, "m")).getMessage());
    }

    @Test
    void duplicateMapKeysAndWrongTupleArityAreRefused() {
        Object dup = Map.of("#map", List.of(List.of("a", 1), List.of("a", 2)));
        assertEquals("key a appears twice", assertThrows(ItfDecodeException.class,
                () -> Itf.decode(dup, new Type.MapOf(Type.NODE, Type.INT))).getMessage());
        assertEquals("expected a tuple of 2 elements, found 1", assertThrows(ItfDecodeException.class,
                () -> Itf.decode(List.of(1), new Type.Tuple(List.of(Type.INT, Type.INT)))).getMessage());
    }
}
