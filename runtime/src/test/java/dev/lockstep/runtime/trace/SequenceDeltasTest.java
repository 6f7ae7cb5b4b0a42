package dev.lockstep.runtime.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Sequence deltas in NDJSON traces: what the writer writes, what a reader expands, and what it costs. */
class SequenceDeltasTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong ENCODED = new AtomicLong();

    /** A log entry that counts its ITF encodings. */
    record Entry(long term, long val) implements ItfEncodable {
        public Object toItf() {
            ENCODED.incrementAndGet();
            return Itf.record("term", term, "val", val);
        }
    }

    private static TraceEvent event(TraceEvent.Kind kind, String role, long step, Object... state) {
        return new TraceEvent(kind, "s1", role, step, kind == TraceEvent.Kind.INIT ? null : "Act", Map.of(), null,
                List.of(), Itf.record(state), step, Map.of("s1", step));
    }

    private static List<String> written(boolean deltas, List<TraceEvent> events) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (NdjsonTraceWriter w = new NdjsonTraceWriter(bytes, deltas)) {
            events.forEach(w::write);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static Map<String, Object> stateOf(String line) throws Exception {
        Map<String, Object> event = JSON.readValue(line, new TypeReference<>() {});
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) event.get("state");
        return state;
    }

    /**
     * A Raft-like log grows, is truncated and regrows (a follower's conflict: a new store), stays, and restarts,
     * interleaved with a second role's growing sequence: the delta trace read back equals the plain one, event by
     * event, while writing the log as deltas wherever an event extends the previous one of its role.
     */
    @Test
    void aGrowingTruncatedAndRegrowingLogReadsBackAsThePlainTrace() throws Exception {
        List<TraceEvent> events = new ArrayList<>();
        List<Entry> log = List.of();
        List<Long> other = List.of();
        events.add(event(TraceEvent.Kind.INIT, "Server", 0, "log", log, "term", 1L));
        events.add(event(TraceEvent.Kind.INIT, "Client", 0, "sent", other));
        long step = 0;
        for (int i = 0; i < 20; i++) {
            log = SpecValues.append(log, new Entry(1, i));
            events.add(event(TraceEvent.Kind.STEP, "Server", ++step, "log", log, "term", 1L));
            if (i % 3 == 0) {
                other = SpecValues.append(other, (long) i);
                events.add(event(TraceEvent.Kind.STEP, "Client", ++step, "sent", other));
            }
        }
        log = SpecValues.concat(SpecValues.subSeq(log, 1, 12, "test"), List.of(new Entry(2, 99))); // a conflict
        events.add(event(TraceEvent.Kind.STEP, "Server", ++step, "log", log, "term", 2L));
        int truncated = events.size() - 1;
        events.add(event(TraceEvent.Kind.STEP, "Server", ++step, "log", log, "term", 2L)); // unchanged
        log = SpecValues.subSeq(log, 1, 5, "test"); // shorter, one store
        events.add(event(TraceEvent.Kind.STEP, "Server", ++step, "log", log, "term", 2L));
        events.add(event(TraceEvent.Kind.INIT, "Server", ++step, "log", log, "term", 2L)); // a restart
        int restart = events.size() - 1;
        for (int i = 0; i < 5; i++) {
            log = SpecValues.append(log, new Entry(3, i));
            events.add(event(TraceEvent.Kind.STEP, "Server", ++step, "log", log, "term", 3L));
        }

        List<String> plain = written(false, events);
        List<String> compact = written(true, events);
        assertEquals(events.size(), compact.size());
        SequenceDeltas.Expander expander = new SequenceDeltas.Expander();
        for (int i = 0; i < events.size(); i++) {
            String role = events.get(i).role();
            assertEquals(stateOf(plain.get(i)), expander.expand(role, stateOf(compact.get(i))), "event " + i);
        }
        assertFalse(plain.stream().anyMatch(l -> l.contains("#extends")), "the plain format has no deltas");
        assertFalse(compact.get(0).contains("#extends") || compact.get(restart).contains("#extends"),
                "first and init events write every value whole");
        assertFalse(compact.get(2).contains("#extends"), "the first entry follows the empty sequence: written whole");
        assertTrue(compact.get(4).contains("\"log\":{\"#extends\":1,\"#append\":[{\"term\":"), compact.get(4));
        assertTrue(compact.get(truncated).contains("\"log\":{\"#extends\":12,\"#append\":[{\"term\":"
                + "{\"#bigint\":\"2\"},\"val\":{\"#bigint\":\"99\"}}]}"), compact.get(truncated));
        assertTrue(compact.get(truncated + 1).contains("\"log\":{\"#extends\":13,\"#append\":[]}"));
        assertTrue(compact.get(truncated + 2).contains("\"log\":{\"#extends\":5,\"#append\":[]}"));
        assertTrue(compact.stream().filter(l -> l.contains("\"sent\":{\"#extends\":")).count() >= 6,
                "the second role's sequence extends its own previous value");
        // Each delta has the fields docs/trace-schema.json's sequenceDelta names, and no others.
        var schema = JSON.readTree(Path.of("../docs/trace-schema.json").toFile()).get("$defs").get("sequenceDelta");
        Set<String> fields = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(fields::add);
        for (String line : compact) {
            for (Object v : stateOf(line).values()) {
                if (v instanceof Map<?, ?> m && m.containsKey("#extends")) assertEquals(fields, m.keySet(), line);
            }
        }
    }

    /**
     * Writing costs what changed: a log growing by one entry per event to 10,000 entries encodes each entry once,
     * and the last event's line is as long as an early one (but for the digits of the count).
     */
    @Test
    void eachEventCostsItsAppendNotTheLog() {
        ENCODED.set(0);
        List<TraceEvent> events = new ArrayList<>();
        List<Entry> log = List.of();
        for (int i = 0; i < 10_000; i++) {
            log = SpecValues.append(log, new Entry(1, 7));
            events.add(event(i == 0 ? TraceEvent.Kind.INIT : TraceEvent.Kind.STEP, "Server", i, "log", log));
        }
        List<String> lines = written(true, events);
        assertEquals(10_000, ENCODED.get(), "ITF encodings of entries: one per entry");
        int early = lines.get(100).length() - String.valueOf(100).length() * 3; // step, lamport, vclock, #extends
        int late = lines.get(9_999).length() - String.valueOf(9_999).length() * 3;
        assertTrue(late - early <= 2, "line 100: " + lines.get(100) + "\nline 9999: " + lines.get(9_999));
    }

    @Test
    void aDeltaWithoutItsBaseIsRefusedNamingTheVariable() throws Exception {
        SequenceDeltas.Expander first = new SequenceDeltas.Expander();
        var e = assertThrows(SequenceDeltas.MissingBase.class,
                () -> first.expand("Server", stateOf("{\"state\":{\"log\":{\"#extends\":2,\"#append\":[]}}}")));
        assertTrue(e.getMessage().contains("state variable 'log'") && e.getMessage().contains("no earlier event of "
                + "role Server"), e.getMessage());

        SequenceDeltas.Expander shorter = new SequenceDeltas.Expander();
        shorter.expand("Server", stateOf("{\"state\":{\"log\":[1]}}"));
        e = assertThrows(SequenceDeltas.MissingBase.class,
                () -> shorter.expand("Server", stateOf("{\"state\":{\"log\":{\"#extends\":2,\"#append\":[3]}}}")));
        assertTrue(e.getMessage().contains("extends a value of 1 elements"), e.getMessage());
        // After a refused line the role's base is gone: the next delta is refused too.
        assertThrows(SequenceDeltas.MissingBase.class,
                () -> shorter.expand("Server", stateOf("{\"state\":{\"log\":{\"#extends\":1,\"#append\":[]}}}")));

        SequenceDeltas.Expander malformed = new SequenceDeltas.Expander();
        malformed.expand("Server", stateOf("{\"state\":{\"log\":[1]}}"));
        e = assertThrows(SequenceDeltas.MissingBase.class,
                () -> malformed.expand("Server", stateOf("{\"state\":{\"log\":{\"#extends\":\"1\",\"#append\":[]}}}")));
        assertTrue(e.getMessage().contains("n >= 0"), e.getMessage());
    }
}
