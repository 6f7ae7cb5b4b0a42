package dev.lockstep.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.lang.eval.ModelInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart in a trace (a second init event of a node) is the spec's Crash step: checked against the durable state
 * (volatile variables back to their initial values, durable ones as before the crash) and on restart's sends.
 * Traces of spec walks with crashes conform; a restart that keeps a volatile variable, loses a durable one, or
 * restarts a role that does not crash diverges.
 */
class RestartConformanceTest {
    private static final ObjectMapper JSON = TraceLines.JSON;
    private static ModelInstance paxos;
    private static ModelInstance restarting;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        paxos = ConformanceHarness.load(Path.of("../specs/paxos-crash-msgs.lstep"), "small");
        // The on restart example of docs/language.md (9.2), with an input action for simulations.
        Path spec = Path.of("../specs/src/test/resources/gen/restarting.lstep");
        restarting = ConformanceHarness.load(spec, "pair");
    }

    private void walk(ModelInstance m, long seed, int steps) throws IOException {
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        try (NdjsonTraceSinks sinks = new NdjsonTraceSinks(dir)) {
            new SpecWalkTraces(m).walk(seed, steps, sinks);
        }
    }

    private List<ObjectNode> events(String node) throws IOException {
        return TraceLines.read(dir.resolve(node + ".ndjson"));
    }

    private void write(String node, List<ObjectNode> events) throws IOException {
        TraceLines.write(dir.resolve(node + ".ndjson"), events);
    }

    private static int restartIndex(List<ObjectNode> events) {
        for (int i = 1; i < events.size(); i++) if (events.get(i).get("kind").asText().equals("init")) return i;
        return -1;
    }

    /** A seed whose walk restarts node {@code node}; the walks are random, the search is over fixed seeds. */
    private long walkWithRestart(ModelInstance m, String node, int steps) throws IOException {
        for (long seed = 1; seed < 200; seed++) {
            walk(m, seed, steps);
            if (restartIndex(events(node)) > 0) return seed;
        }
        throw new AssertionError("no walk of 200 restarts " + node);
    }

    @Test
    void walksWithRestartsConform() throws IOException {
        walkWithRestart(restarting, "a", 20);
        ConformanceResult r = TraceChecker.check(restarting, List.of(dir));
        assertEquals(null, r.divergence(), () -> ConformanceReport.divergence(r.divergence()));
        walkWithRestart(paxos, "a1", 40);
        ConformanceResult p = TraceChecker.check(paxos, List.of(dir));
        assertEquals(null, p.divergence(), () -> ConformanceReport.divergence(p.divergence()));
    }

    @Test
    void aRestartKeepingAVolatileVariableDiverges() throws IOException {
        walkWithRestart(restarting, "a", 20);
        List<ObjectNode> a = events("a");
        int at = restartIndex(a);
        ((ObjectNode) a.get(at).get("state")).put("ready", true);
        write("a", a);
        Divergence d = TraceChecker.check(restarting, List.of(dir)).divergence();
        assertEquals(Reason.WRONG_STATE, d.reason(), () -> ConformanceReport.divergence(d));
        assertTrue(d.message().contains("after its restart"), d.message());
        assertTrue(d.differences().get(0).note().contains("volatile, so a crash resets it"), d.differences().toString());
    }

    @Test
    void aRestartLosingADurableVariableDiverges() throws IOException {
        // A walk in which a1 restarts after promising (maxBal >= 0), found over fixed seeds.
        List<ObjectNode> a1 = null;
        int at = -1;
        for (long seed = 1; seed < 500 && at < 0; seed++) {
            walk(paxos, seed, 40);
            a1 = events("a1");
            int i = restartIndex(a1);
            if (i > 0 && !a1.get(i).get("state").get("maxBal").get("#bigint").asText().equals("-1")) at = i;
        }
        assertTrue(at > 0, "no walk restarts a1 after a promise");
        // What the buggy variant's generated code does: maxBal back to -1, though it is durable in paxos-crash-msgs.
        ((ObjectNode) a1.get(at).get("state")).set("maxBal", JSON.readTree("{\"#bigint\": \"-1\"}"));
        write("a1", a1);
        Divergence d = TraceChecker.check(paxos, List.of(dir)).divergence();
        assertEquals(Reason.WRONG_STATE, d.reason(), () -> ConformanceReport.divergence(d));
        assertTrue(d.differences().get(0).note().contains("durable, so a crash keeps it"), d.differences().toString());
    }

    @Test
    void aRestartOfARoleThatDoesNotCrashDiverges() throws IOException {
        walk(paxos, 3, 15);
        List<ObjectNode> p1 = events("p1");
        ObjectNode again = p1.get(0).deepCopy();
        again.put("step", p1.size());
        p1.add(again);
        write("p1", p1);
        Divergence d = TraceChecker.check(paxos, List.of(dir)).divergence();
        assertEquals(Reason.BAD_INIT, d.reason(), () -> ConformanceReport.divergence(d));
        assertTrue(d.message().contains("role Proposer does not crash"), d.message());
    }
}
