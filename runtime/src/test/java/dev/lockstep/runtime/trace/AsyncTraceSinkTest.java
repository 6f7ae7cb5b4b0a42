package dev.lockstep.runtime.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsyncTraceSinkTest {
    private static TraceEvent event(long step) {
        return new TraceEvent(TraceEvent.Kind.STEP, "n", "R", step, "A", Map.of(), null, List.of(), Map.of(), step, Map.of("n", step));
    }

    private static boolean writerAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("lockstep-trace-n") && t.isAlive());
    }

    @Test
    void writesEveryEventInOrderThroughASmallQueueAndStopsItsThreadOnClose() {
        List<Long> written = Collections.synchronizedList(new ArrayList<>());
        boolean[] targetClosed = {false};
        TraceSink target = new TraceSink() {
            public void write(TraceEvent e) { written.add(e.step()); }

            public void close() { targetClosed[0] = true; }
        };
        AsyncTraceSink sink = new AsyncTraceSink(target, "n", 4);
        for (long i = 1; i <= 10_000; i++) sink.write(event(i));
        sink.close();
        assertEquals(10_000, written.size());
        for (int i = 0; i < written.size(); i++) assertEquals(i + 1, written.get(i));
        assertTrue(targetClosed[0]);
        assertFalse(writerAlive());
        assertThrows(IllegalStateException.class, () -> sink.write(event(1)));
    }

    @Test
    void aFailingTargetIsReportedToTheNode() throws InterruptedException {
        AsyncTraceSink sink = new AsyncTraceSink(e -> { throw new IllegalStateException("disk full"); }, "n", 4);
        sink.write(event(1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            for (int i = 0; i < 1000; i++) {
                sink.write(event(2));
                Thread.sleep(1);
            }
        });
        assertEquals("disk full", e.getMessage());
        assertThrows(IllegalStateException.class, sink::close);
        assertFalse(writerAlive());
    }
}
