package dev.lockstep.runtime.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NodeId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceRecorderTest {
    record Ping(NodeId src, NodeId dst, long n) implements Message {
        public String type() { return "Ping"; }

        public Object toItf() { return Itf.record("type", "Ping", "src", src, "dst", dst, "n", n); }
    }

    record Counter(long count) implements dev.lockstep.runtime.api.ItfEncodable {
        public Object toItf() { return Itf.record("count", count); }
    }

    private static final NodeId A = NodeId.of("a");
    private static final NodeId B = NodeId.of("b");

    @Test
    void clocksFollowLamportAndVectorRulesAndTravelInEnvelopes() {
        List<TraceEvent> events = new ArrayList<>();
        TraceSink sink = events::add;
        TraceRecorder a = new TraceRecorder("a", "Pinger", sink);
        TraceRecorder b = new TraceRecorder("b", "Ponger", sink);
        a.init(new Counter(0));
        b.init(new Counter(0));
        List<Envelope> out = a.step("Send", List.of("n"), List.of(1L), null, List.of(new Ping(A, B, 1)), new Counter(1));
        a.step("Idle", List.of(), List.of(), null, List.of(), new Counter(1));
        assertEquals("a#1", out.get(0).id());
        assertEquals(1, out.get(0).lamport());
        assertEquals(Map.of("a", 1L), out.get(0).vectorClock());
        b.step("Local", List.of(), List.of(), null, List.of(), new Counter(0));
        List<Envelope> reply = b.step("Reply", List.of(), List.of(), out.get(0), List.of(new Ping(B, A, 2)), new Counter(1));
        // Lamport: max(1, 1) + 1; vector: pointwise max, then own entry + 1.
        assertEquals(2, reply.get(0).lamport());
        assertEquals(Map.of("a", 1L, "b", 2L), reply.get(0).vectorClock());
        assertEquals("b#1", reply.get(0).id());
        TraceEvent last = events.get(events.size() - 1);
        assertEquals("a#1", last.consumed().id());
        assertEquals(2, last.step());
        assertEquals(List.of("init", "init", "step", "step", "step", "step"), events.stream().map(e -> e.kind().json()).toList());
    }

    @Test
    void aSinkThatResumesAnEarlierTraceMakesTheRestartContinueItsCounters() {
        List<TraceEvent> events = new ArrayList<>();
        TraceSink resuming = new TraceSink() {
            @Override
            public void write(TraceEvent event) { events.add(event); }

            @Override
            public TraceRecorder.Resume resumes() { return new TraceRecorder.Resume(7, 4, 9, Map.of("a", 7L, "b", 3L)); }
        };
        TraceRecorder a = new TraceRecorder("a", "Pinger", resuming);
        List<Envelope> out = a.restart(new Counter(0), List.of(new Ping(A, B, 1)));
        // The restart is the trace's step 8, its message a#5, its clocks one tick after the earlier trace's.
        assertEquals(8, events.get(0).step());
        assertEquals("init", events.get(0).kind().json());
        assertEquals("a#5", out.get(0).id());
        assertEquals(10, out.get(0).lamport());
        assertEquals(Map.of("a", 8L, "b", 3L), out.get(0).vectorClock());
        // Without resuming, the same restart would start the trace again: step 1, message a#1.
        TraceRecorder fresh = new TraceRecorder("a", "Pinger", events::add);
        assertEquals("a#1", fresh.restart(new Counter(0), List.of(new Ping(A, B, 1))).get(0).id());
    }

    @Test
    void writesOneDeterministicJsonObjectPerLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (NdjsonTraceWriter w = new NdjsonTraceWriter(bytes)) {
            TraceRecorder a = new TraceRecorder("a", "Pinger", w);
            a.init(new Counter(0));
            a.step("Send", List.of("n"), List.of(3L), null, List.of(new Ping(A, B, 3)), new Counter(1));
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertEquals("{\"kind\":\"init\",\"node\":\"a\",\"role\":\"Pinger\",\"step\":0,\"params\":{},\"sent\":[],"
                + "\"state\":{\"count\":{\"#bigint\":\"0\"}},\"lamport\":0,\"vclock\":{\"a\":0}}", lines[0]);
        assertEquals("{\"kind\":\"step\",\"node\":\"a\",\"role\":\"Pinger\",\"step\":1,\"action\":\"Send\","
                + "\"params\":{\"n\":{\"#bigint\":\"3\"}},\"sent\":[{\"id\":\"a#1\",\"msg\":{\"type\":\"Ping\",\"src\":\"a\","
                + "\"dst\":\"b\",\"n\":{\"#bigint\":\"3\"}}}],\"state\":{\"count\":{\"#bigint\":\"1\"}},\"lamport\":1,"
                + "\"vclock\":{\"a\":1}}", lines[1]);
    }

    @Test
    void anOffSinkStillAdvancesClocks() {
        TraceRecorder a = new TraceRecorder("a", "Pinger", TraceSink.OFF);
        a.init(new Counter(0));
        List<Envelope> out = a.step("Send", List.of("n"), List.of(1L), null, List.of(new Ping(A, B, 1)), new Counter(1));
        assertEquals(1, out.get(0).lamport());
        assertTrue(a.steps() == 1);
    }
}
