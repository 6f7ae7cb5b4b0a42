package dev.lockstep.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSink;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events of concurrent nodes reach the monitor in a happens-before order, whatever order they arrive in. */
class HappensBeforeFeedTest {
    private static ModelInstance twoPhase;

    @BeforeAll
    static void load() {
        twoPhase = ConformanceHarness.load(Path.of("../specs/two-phase-commit.lstep"), "small");
    }

    private static TraceEvent init(String node, String role, Object state) {
        return new TraceEvent(TraceEvent.Kind.INIT, node, role, 0, null, Map.of(), null, List.of(), state, 0, Map.of());
    }

    private static final Map<String, Object> PREPARED_R1 = Map.of("type", "Prepared", "src", "r1", "dst", "tm",
            "rm", "r1");

    private static TraceEvent prepare(String rm, long step) {
        Map<String, Object> msg = Map.of("type", "Prepared", "src", rm, "dst", "tm", "rm", rm);
        return new TraceEvent(TraceEvent.Kind.STEP, rm, "ResourceManager", step, "Prepare", Map.of(), null,
                List.of(new TraceEvent.SentMessage(rm + "#1", msg)), Map.of("state", "prepared"), 1, Map.of());
    }

    private static TraceEvent tmReceives(String id, Map<String, Object> msg, List<String> prepared) {
        return new TraceEvent(TraceEvent.Kind.STEP, "tm", "TM", 1, "ReceivePrepared", Map.of(), new TraceEvent.SentMessage(id, msg),
                List.of(), Map.of("state", "init", "prepared", Map.of("#set", prepared)), 2, Map.of());
    }

    @Test
    void aReceiveThatArrivesBeforeItsSendWaitsForIt() {
        HappensBeforeFeed feed = new HappensBeforeFeed(new ConformanceMonitor(twoPhase), "test");
        TraceSink tm = feed.sink();
        TraceSink r1 = feed.sink();
        tm.write(init("tm", "TM", Map.of("state", "init", "prepared", Map.of("#set", List.of()))));
        tm.write(tmReceives("r1#1", PREPARED_R1, List.of("r1")));
        assertEquals(1, feed.waiting(), "the receive waits for r1's Prepare");
        r1.write(init("r1", "ResourceManager", Map.of("state", "working")));
        assertEquals(1, feed.waiting());
        r1.write(prepare("r1", 1));
        assertEquals(0, feed.waiting());
        assertNull(feed.finish());
        assertEquals(4, feed.monitor().eventsChecked());
    }

    @Test
    void aNodesEventsArePassedOnInStepOrder() {
        HappensBeforeFeed feed = new HappensBeforeFeed(new ConformanceMonitor(twoPhase), "test");
        TraceSink r1 = feed.sink();
        r1.write(prepare("r1", 1));
        assertEquals(1, feed.waiting());
        r1.write(init("r1", "ResourceManager", Map.of("state", "working")));
        assertEquals(0, feed.waiting());
        assertNull(feed.finish());
    }

    @Test
    void aReceiveOfAMessageNeverSentIsReportedWhenTheRunEnds() {
        HappensBeforeFeed feed = new HappensBeforeFeed(new ConformanceMonitor(twoPhase), "test");
        TraceSink tm = feed.sink();
        tm.write(init("tm", "TM", Map.of("state", "init", "prepared", Map.of("#set", List.of()))));
        tm.write(tmReceives("r1#1", PREPARED_R1, List.of("r1")));
        assertNull(feed.monitor().firstDivergence(), "it might still be sent");
        Divergence d = feed.finish();
        assertEquals(Reason.NEVER_SENT, d.reason(), d.message());
        assertEquals("tm", d.node());
    }

    @Test
    void aMissingStepIsReportedWhenTheRunEnds() {
        HappensBeforeFeed feed = new HappensBeforeFeed(new ConformanceMonitor(twoPhase), "test");
        TraceSink r1 = feed.sink();
        r1.write(init("r1", "ResourceManager", Map.of("state", "working")));
        r1.write(prepare("r1", 2));
        Divergence d = feed.finish();
        assertEquals(Reason.STEP_GAP, d.reason(), d.message());
    }
}
