package dev.lockstep.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.conformance.ConformanceResult.Status;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.trace.TraceEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the checker treats files, nodes, roles, ids and parameters that do not fit the model. */
class TraceCheckerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ModelInstance twoPhase;
    private static ModelInstance paxos;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        twoPhase = ConformanceHarness.load(Path.of("../specs/two-phase-commit.lstep"), "small");
        paxos = ConformanceHarness.load(Path.of("../specs/paxos.lstep"), "small");
    }

    private void walk(ModelInstance m, long seed, int steps) throws IOException {
        try (NdjsonTraceSinks sinks = new NdjsonTraceSinks(dir)) {
            new SpecWalkTraces(m).walk(seed, steps, sinks);
        }
    }

    private List<ObjectNode> events(String node) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(node + ".ndjson"))) out.add((ObjectNode) JSON.readTree(line));
        return out;
    }

    private void write(String file, List<ObjectNode> events) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ObjectNode e : events) lines.add(JSON.writeValueAsString(e));
        Files.write(dir.resolve(file), lines);
    }

    private Divergence check(ModelInstance m, Reason expected) {
        ConformanceResult r = TraceChecker.check(m, List.of(dir));
        assertEquals(expected, r.divergence() == null ? null : r.divergence().reason(),
                () -> r.divergence() == null ? "conforms" : ConformanceReport.divergence(r.divergence()));
        return r.divergence();
    }

    @Test
    void specWalksOfExchangesConformInTheRuntimesShape() throws IOException {
        // Each exchange step is written as the runtime records it: start, serve, then commit or rollback.
        for (String spec : List.of("minfinder-pairwise.lstep", "minfinder-pairwise-may-fail.lstep")) {
            ModelInstance m = ConformanceHarness.load(Path.of("../specs/" + spec), "small");
            for (long seed = 1; seed <= 20; seed++) {
                for (Path f : TraceChecker.traceFiles(List.of(dir))) Files.delete(f);
                walk(m, seed, 12);
                ConformanceResult r = TraceChecker.check(m, List.of(dir));
                assertTrue(r.conforms(), spec + " seed " + seed + ": " + r.divergence());
            }
        }
    }

    @Test
    void aHalfAppliedExchangeDivergesUnlessItMayFail() throws IOException {
        // n1 starts an exchange with n2, n2 serves it, n1 rolls back: outcome "receiver".
        ModelInstance plain = ConformanceHarness.load(Path.of("../specs/minfinder-pairwise.lstep"), "small");
        ModelInstance mayFail = ConformanceHarness.load(Path.of("../specs/minfinder-pairwise-may-fail.lstep"), "small");
        String req = "{\"id\":\"n1#1\",\"msg\":{\"dst\":\"n2\",\"payload\":{},\"src\":\"n1\",\"type\":\"Gossip.request\"}}";
        String rep = "{\"id\":\"n2#1\",\"msg\":{\"dst\":\"n1\",\"payload\":{},\"re\":\"n1#1\",\"src\":\"n2\",\"type\":\"Gossip.reply\"}}";
        String n1 = "{\"init\":{\"#bigint\":\"2\"},\"val\":{\"#bigint\":\"2\"}}";
        String n2 = "{\"init\":{\"#bigint\":\"1\"},\"val\":{\"#bigint\":\"1\"}}";
        String n1min = "{\"init\":{\"#bigint\":\"2\"},\"val\":{\"#bigint\":\"1\"}}";
        String head = "{\"kind\":\"step\",\"role\":\"Node\",\"action\":\"Gossip\",";
        List<String> t1 = List.of("{\"kind\":\"init\",\"node\":\"n1\",\"role\":\"Node\",\"step\":0,\"params\":{},\"sent\":[],\"state\":" + n1 + ",\"lamport\":0,\"vclock\":{\"n1\":0}}",
                head + "\"node\":\"n1\",\"step\":1,\"params\":{\"peer\":\"n2\"},\"sent\":[" + req + "],\"state\":" + n1 + ",\"lamport\":1,\"vclock\":{\"n1\":1}}");
        List<String> t2 = List.of("{\"kind\":\"init\",\"node\":\"n2\",\"role\":\"Node\",\"step\":0,\"params\":{},\"sent\":[],\"state\":" + n2 + ",\"lamport\":0,\"vclock\":{\"n2\":0}}",
                head + "\"node\":\"n2\",\"step\":1,\"params\":{},\"consumed\":" + req + ",\"sent\":[" + rep + "],\"state\":" + n2 + ",\"lamport\":2,\"vclock\":{\"n1\":1,\"n2\":1}}");
        Files.write(dir.resolve("n2.ndjson"), t2);
        Files.write(dir.resolve("n3.ndjson"), List.of("{\"kind\":\"init\",\"node\":\"n3\",\"role\":\"Node\",\"step\":0,\"params\":{},\"sent\":[],\"state\":" + n2 + ",\"lamport\":0,\"vclock\":{\"n3\":0}}"));
        // Both commit: conforms.
        Files.write(dir.resolve("n1.ndjson"), concat(t1, head + "\"node\":\"n1\",\"step\":2,\"params\":{\"peer\":\"n2\"},\"consumed\":" + rep + ",\"sent\":[],\"state\":" + n1min + ",\"lamport\":3,\"vclock\":{\"n1\":2,\"n2\":1}}"));
        check(plain, null);
        // The initiator commits a value other than the spec's: f3 is wrong.
        Files.write(dir.resolve("n1.ndjson"), concat(t1, head + "\"node\":\"n1\",\"step\":2,\"params\":{\"peer\":\"n2\"},\"consumed\":" + rep + ",\"sent\":[],\"state\":" + n1 + ",\"lamport\":3,\"vclock\":{\"n1\":2,\"n2\":1}}"));
        assertTrue(check(plain, Reason.WRONG_STATE).message().contains("f3"));
        // Only the receiver: half-applied without may fail, outcome "receiver" with it.
        Files.write(dir.resolve("n1.ndjson"), concat(t1, head + "\"node\":\"n1\",\"step\":2,\"params\":{\"peer\":\"n2\"},\"sent\":[],\"state\":" + n1 + ",\"lamport\":2,\"vclock\":{\"n1\":2}}"));
        assertTrue(check(plain, Reason.HALF_APPLIED).message().contains("no `may fail`"));
        check(mayFail, null);
        // A rollback to another state than the saved one.
        Files.write(dir.resolve("n1.ndjson"), concat(t1, head + "\"node\":\"n1\",\"step\":2,\"params\":{\"peer\":\"n2\"},\"sent\":[],\"state\":" + n1min + ",\"lamport\":2,\"vclock\":{\"n1\":2}}"));
        assertTrue(check(mayFail, Reason.WRONG_STATE).message().contains("rollback"));
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new ArrayList<>(a);
        out.add(b);
        return out;
    }

    @Test
    void twoFilesForOneNodeAreBadInput() throws IOException {
        walk(twoPhase, 1, 10);
        Files.copy(dir.resolve("r1.ndjson"), dir.resolve("r1-copy.ndjson"));
        Divergence d = check(twoPhase, Reason.MALFORMED);
        assertTrue(d.message().contains("each node writes exactly one file"), d.message());
    }

    @Test
    void aFileMixingNodesIsBadInput() throws IOException {
        walk(twoPhase, 1, 10);
        List<ObjectNode> r1 = events("r1");
        r1.add(events("r2").get(0));
        write("r1.ndjson", r1);
        assertTrue(check(twoPhase, Reason.MALFORMED).message().contains("this file holds events of node r1"));
    }

    @Test
    void emptyFilesAreSkippedButNoFilesAtAllIsBadInput() throws IOException {
        ConformanceResult none = TraceChecker.check(twoPhase, List.of(dir));
        assertEquals(Status.BAD_INPUT, none.status());
        walk(twoPhase, 1, 10);
        Files.writeString(dir.resolve("idle.ndjson"), "");
        check(twoPhase, null);
    }

    @Test
    void nodesAndRolesMustBeTheModels() throws IOException {
        walk(twoPhase, 1, 10);
        List<ObjectNode> r3 = events("r3");
        r3.forEach(e -> e.put("node", "r9"));
        write("r3.ndjson", r3);
        assertTrue(check(twoPhase, Reason.UNKNOWN_NAME).message()
                .startsWith("node r9 is not a node of model small (its nodes are [r1, r2, r3, tm])"));
        r3.forEach(e -> e.put("node", "r3").put("role", "TM"));
        write("r3.ndjson", r3);
        assertEquals("node r3 plays role ResourceManager in model small, not TM",
                check(twoPhase, Reason.UNKNOWN_NAME).message());
    }

    @Test
    void sentIdsMustBeTheSendersOwnAndIncreasing() throws IOException {
        for (long seed = 0; ; seed++) {
            walk(twoPhase, seed, 10);
            List<ObjectNode> tm = events("tm");
            int sending = -1;
            for (int i = 0; i < tm.size() && sending < 0; i++) if (tm.get(i).get("sent").size() > 1) sending = i;
            if (sending < 0) continue;
            ((ObjectNode) tm.get(sending).get("sent").get(1)).put("id", "tm#1");
            write("tm.ndjson", tm);
            Divergence d = check(twoPhase, Reason.BAD_MESSAGE_ID);
            assertTrue(d.message().startsWith("message id tm#1 sent by tm must be \"tm#k\" with k above"), d.message());
            return;
        }
    }

    @Test
    void parametersMustLieInTheirDomain() throws IOException {
        for (long seed = 0; ; seed++) {
            walk(paxos, seed, 30);
            List<ObjectNode> p1 = events("p1");
            int prepare = -1;
            for (int i = 0; i < p1.size() && prepare < 0; i++) {
                if (p1.get(i).path("action").asText("").equals("Prepare")) prepare = i;
            }
            if (prepare < 0) continue;
            ((ObjectNode) p1.get(prepare).get("params")).set("b", JSON.createObjectNode().put("#bigint", "7"));
            write("p1.ndjson", p1);
            Divergence d = check(paxos, Reason.BAD_PARAMS);
            assertEquals("parameter b = 7 of Proposer.Prepare is outside its domain {1}", d.message());
            assertEquals("unused", d.span().text());
            ((ObjectNode) p1.get(prepare).get("params")).remove("b");
            write("p1.ndjson", p1);
            assertTrue(check(paxos, Reason.BAD_PARAMS).message()
                    .startsWith("Proposer.Prepare has parameters [b], but the event gives []"));
            return;
        }
    }

    @Test
    void theOnlineMonitorStopsAtTheFirstDivergence() {
        ConformanceMonitor monitor = new ConformanceMonitor(twoPhase);
        TraceEvent init = new TraceEvent(TraceEvent.Kind.INIT, "r1", "ResourceManager", 0, null, Map.of(), null, List.of(),
                Map.of("state", "working"), 0, Map.of());
        assertNull(monitor.accept(init, TraceOrigin.online("test", 1)));
        TraceEvent bad = new TraceEvent(TraceEvent.Kind.STEP, "r1", "ResourceManager", 1, "Prepare", Map.of(), null, List.of(),
                Map.of("state", "committed"), 1, Map.of());
        Divergence d = monitor.accept(bad, TraceOrigin.online("test", 2));
        assertEquals(Reason.WRONG_STATE, d.reason()); // the state is compared before the sends
        assertSame(d, monitor.accept(init, TraceOrigin.online("test", 3)));
        assertSame(d, monitor.firstDivergence());
        assertEquals(2, monitor.eventsChecked());
    }
}
