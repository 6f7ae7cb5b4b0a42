package dev.lockstep.runtime.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The byte-level trace writer writes exactly what Jackson's generator writes for the same line, so trace files
 * stay byte-for-byte what they were (the reference here is Jackson's own serialization of the line as a map).
 */
class NdjsonTraceWriterTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();
    /** Escapes, ASCII's last character, two- and three-byte UTF-8, a pair and a lone surrogate, U+2028. */
    private static final String AWKWARD = "q\"b\\s/\u0000\u0001\b\t\n\f\r\u001f\u007f é€ 😀 \ud800x \u2028 end";

    private static TraceEvent.SentMessage message(String id, String type, String src, String dst, Object payload) {
        Map<String, Object> msg = new LinkedHashMap<>();
        msg.put("dst", dst);
        msg.put("payload", payload);
        msg.put("src", src);
        msg.put("type", type);
        return new TraceEvent.SentMessage(id, msg);
    }

    private static List<TraceEvent> events() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("rm", "r1");
        params.put("set", Map.of("#set", List.of("a", AWKWARD)));
        params.put("map", Map.of("#map", List.of(List.of(Map.of("#bigint", "-3"), true))));
        params.put("nums", List.of(0, 7, -1, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 10L));
        params.put(AWKWARD, false);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("state", "prepared");
        state.put("empty", Map.of());
        state.put("none", List.of());
        state.put("long", "x😀".repeat(40_000)); // longer than the buffer, with pairs across its boundary
        Map<String, Long> clock = new TreeMap<>(Map.of("r1", 3L, "tm", 12_345_678_901L));
        List<TraceEvent> out = new ArrayList<>();
        out.add(new TraceEvent(TraceEvent.Kind.INIT, "r1", "RM", 0, null, Map.of(), null, List.of(),
                Map.of("state", "working"), 0, Map.of("r1", 0L)));
        out.add(new TraceEvent(TraceEvent.Kind.STEP, "r1", "RM", 1, "Prepare", params,
                message("tm#4", "Ask", "tm", "r1", AWKWARD),
                List.of(message("r1#1", "Prepared", "r1", "tm", 1), message("r1#2", "X", "r1", "tm", List.of())),
                state, 9, clock));
        out.add(new TraceEvent(TraceEvent.Kind.STEP, "tm", "TM", 2, "Collect", Map.of(), null, List.of(),
                Map.of("n", 2L), 10, clock, List.of(message("r1#1", "V", "r1", "tm", 1),
                message("r2#1", "V", "r2", "tm", 2))));
        for (int i = 0; i < 400; i++) { // enough lines to drain the buffer in the middle of one
            out.add(new TraceEvent(TraceEvent.Kind.STEP, "r1", "RM", 3 + i, "Tick", Map.of("i", (long) i), null,
                    List.of(), Map.of("state", AWKWARD), 11 + i, clock));
        }
        return out;
    }

    /** The line as Jackson wrote it: the same fields, in the same order, through its UTF-8 generator. */
    private static byte[] jackson(TraceEvent e) throws Exception {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", e.kind().json());
        line.put("node", e.node());
        line.put("role", e.role());
        line.put("step", e.step());
        if (e.action() != null) line.put("action", e.action());
        line.put("params", e.params());
        if (e.consumed() != null) line.put("consumed", messageMap(e.consumed()));
        if (e.consumedAll() != null) line.put("consumedAll", e.consumedAll().stream().map(m -> messageMap(m)).toList());
        line.put("sent", e.sent().stream().map(m -> messageMap(m)).toList());
        line.put("state", e.state());
        line.put("lamport", e.lamport());
        line.put("vclock", e.vectorClock());
        byte[] json = JACKSON.writeValueAsBytes(line);
        byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
        out[json.length] = '\n';
        return out;
    }

    private static Map<String, Object> messageMap(TraceEvent.SentMessage m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("msg", m.msg());
        return out;
    }

    @Test
    void writesTheBytesJacksonWrites() throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (NdjsonTraceWriter w = new NdjsonTraceWriter(bytes)) {
            for (TraceEvent e : events()) {
                expected.write(jackson(e));
                w.write(e);
            }
        }
        assertArrayEquals(expected.toByteArray(), bytes.toByteArray());
    }

    @Test
    void aValueThatIsNoItfTreeIsRefused() {
        NdjsonTraceWriter w = new NdjsonTraceWriter(new ByteArrayOutputStream());
        TraceEvent e = new TraceEvent(TraceEvent.Kind.INIT, "r1", "RM", 0, null, Map.of(), null, List.of(),
                Map.of("x", 1.5), 0, Map.of());
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> w.write(e));
        assertEquals("not an ITF tree node: java.lang.Double", x.getMessage());
    }
}
