package dev.lockstep.runtime.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ItfTest {
    enum Color { red, green }

    @Test
    void encodesEveryKindOfValueInTheSharedShape() {
        assertEquals(Map.of("#bigint", "-3"), Itf.encode(-3L));
        assertEquals(true, Itf.encode(true));
        assertEquals("r1", Itf.encode(NodeId.of("r1")));
        assertEquals("green", Itf.encode(Color.green));
        assertEquals(Map.of("#set", List.of("a", "b")), Itf.encode(new TreeSet<>(List.of(NodeId.of("b"), NodeId.of("a")))));
        assertEquals(Map.of("#map", List.of(List.of("a", Map.of("#bigint", "1")))),
                Itf.encode(new TreeMap<>(Map.of(NodeId.of("a"), 1L))));
        assertEquals(List.of(Map.of("#bigint", "1"), "x"), Itf.encode(List.of(1L, "x")));
        assertEquals(Map.of("rm", "r2", "n", Map.of("#bigint", "5")), Itf.record("rm", NodeId.of("r2"), "n", 5L));
    }

    @Test
    void decodingNamesWhatIsWrong() {
        assertEquals(7L, Itf.asLong(Map.of("#bigint", "7")));
        var e = assertThrows(MalformedValueException.class, () -> Itf.asLong("7"));
        assertTrue(e.getMessage().contains("expected an integer"), e.getMessage());
        e = assertThrows(MalformedValueException.class, () -> Itf.asLong(Map.of("#bigint", "99999999999999999999")));
        assertTrue(e.getMessage().contains("64-bit"), e.getMessage());
        e = assertThrows(MalformedValueException.class, () -> Itf.field(Map.of("a", 1), "b"));
        assertEquals("missing field 'b'", e.getMessage());
        e = assertThrows(MalformedValueException.class, () -> Itf.asSetElements(List.of()));
        assertTrue(e.getMessage().contains("expected a set"), e.getMessage());
        e = assertThrows(MalformedValueException.class, () -> Itf.asMapEntries(Map.of("#map", List.of(List.of(1)))));
        assertTrue(e.getMessage().contains("pairs"), e.getMessage());
        e = assertThrows(MalformedValueException.class,
                () -> Itf.asEnum("blue", Color.class, s -> s.equals("red") ? Color.red : null));
        assertEquals("'blue' is not a label of Color", e.getMessage());
    }
}
