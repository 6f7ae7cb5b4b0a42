package dev.lockstep.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.conformance.ConformanceResult.Status;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem.Bug;
import dev.lockstep.lang.eval.ModelInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conforming traces of the hand-written two-phase commit, mutated one way at a time, are each rejected with the
 * right reason: an altered state, a dropped event, a receive moved before its send, forged messages, malformed lines.
 */
class MutatedTracesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ModelInstance model;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        model = ConformanceHarness.load(Path.of("../specs/two-phase-commit.lstep"), "small");
    }

    /** A committed run: every RM prepared, the TM committed, r1 received its Commit. */
    @BeforeEach
    void committedRun() throws Exception {
        for (long seed = 0; seed < 500; seed++) {
            clean();
            try (NdjsonTraceSinks sinks = new NdjsonTraceSinks(dir)) {
                TwoPhaseCommitSystem.run(seed, sinks, Bug.NONE);
            }
            if (actions("tm").contains("Commit") && actions("r1").contains("ReceiveCommit")) {
                assertTrue(TraceChecker.check(model, List.of(dir)).conforms());
                return;
            }
        }
        throw new AssertionError("no seed commits");
    }

    private void clean() throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) Files.delete(p);
        }
    }

    private List<ObjectNode> events(String node) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(node + ".ndjson"))) out.add((ObjectNode) JSON.readTree(line));
        return out;
    }

    private List<String> actions(String node) throws IOException {
        return events(node).stream().map(e -> e.path("action").asText("")).toList();
    }

    private void write(String node, List<ObjectNode> events) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ObjectNode e : events) lines.add(JSON.writeValueAsString(e));
        Files.write(dir.resolve(node + ".ndjson"), lines);
    }

    private static int indexOf(List<ObjectNode> events, String action) {
        for (int i = 0; i < events.size(); i++) if (events.get(i).path("action").asText("").equals(action)) return i;
        throw new AssertionError("no " + action);
    }

    private Divergence rejected(Reason reason) {
        ConformanceResult r = TraceChecker.check(model, List.of(dir));
        assertNotNull(r.divergence(), "the mutated trace was accepted");
        String report = ConformanceReport.text("TwoPhaseCommit", "small", r);
        assertEquals(reason, r.divergence().reason(), report);
        boolean badInput = reason == Reason.MALFORMED || reason == Reason.UNKNOWN_NAME;
        assertEquals(badInput ? Status.BAD_INPUT : Status.DIVERGES, r.status(), report);
        return r.divergence();
    }

    @Test
    void anAlteredStateIsAWrongState() throws IOException {
        List<ObjectNode> r1 = events("r1");
        int prepare = indexOf(r1, "Prepare");
        ((ObjectNode) r1.get(prepare).get("state")).put("state", "committed");
        write("r1", r1);
        Divergence d = rejected(Reason.WRONG_STATE);
        assertEquals("r1", d.node());
        assertEquals(prepare, d.step());
        assertEquals(prepare + 1, d.origin().line());
        assertEquals("prepared", d.differences().get(0).expected());
        assertEquals("committed", d.differences().get(0).actual());
        assertEquals("state' = prepared", d.span().text());
    }

    @Test
    void aDroppedEventIsAGapInTheSteps() throws IOException {
        List<ObjectNode> r1 = events("r1");
        r1.remove(indexOf(r1, "Prepare"));
        write("r1", r1);
        Divergence d = rejected(Reason.STEP_GAP);
        assertTrue(d.message().contains("an event is missing"), d.message());
    }

    @Test
    void aReceiveMovedBeforeItsSendCannotBeOrdered() throws IOException {
        List<ObjectNode> r1 = events("r1");
        ObjectNode receive = r1.remove(indexOf(r1, "ReceiveCommit"));
        r1.add(1, receive); // right after init: before r1's own Prepare, which the Commit depends on
        for (int i = 0; i < r1.size(); i++) r1.get(i).put("step", i);
        write("r1", r1);
        Divergence d = rejected(Reason.UNORDERABLE);
        assertTrue(d.differences().size() >= 2, d.toString());
    }

    @Test
    void aForgedMessageIdWasNeverSent() throws IOException {
        List<ObjectNode> r1 = events("r1");
        int receive = indexOf(r1, "ReceiveCommit");
        ((ObjectNode) r1.get(receive).get("consumed")).put("id", "tm#99");
        write("r1", r1);
        Divergence d = rejected(Reason.NEVER_SENT);
        assertTrue(d.message().contains("r1 receives message tm#99, but tm never sent it"), d.message());
    }

    @Test
    void aForgedMessageContentIsNotDeliverable() throws IOException {
        List<ObjectNode> r1 = events("r1");
        ObjectNode e = r1.get(indexOf(r1, "ReceiveCommit"));
        e.put("action", "ReceiveAbort");
        ((ObjectNode) e.get("consumed").get("msg")).put("type", "Abort");
        ((ObjectNode) e.get("state")).put("state", "aborted");
        write("r1", r1);
        Divergence d = rejected(Reason.NOT_DELIVERABLE);
        assertTrue(d.message().contains("(Abort tm -> r1) is not deliverable in the spec's set network"), d.message());
        assertTrue(d.differences().get(0).expected().contains("Commit tm -> r1"), d.toString());
    }

    @Test
    void aMessageFromAnotherNodeConsumedHereIsNotDeliverable() throws IOException {
        List<ObjectNode> r1 = events("r1");
        ObjectNode e = r1.get(indexOf(r1, "ReceiveCommit"));
        ((ObjectNode) e.get("consumed").get("msg")).put("dst", "r2");
        write("r1", r1);
        Divergence d = rejected(Reason.NOT_DELIVERABLE);
        assertTrue(d.message().contains("is addressed to r2, but r1 consumed it"), d.message());
    }

    @Test
    void anUnknownActionIsNamed() throws IOException {
        List<ObjectNode> tm = events("tm");
        tm.get(indexOf(tm, "Commit")).put("action", "Decide");
        write("tm", tm);
        Divergence d = rejected(Reason.UNKNOWN_NAME);
        assertEquals("role TM has no action Decide (its actions are [ReceivePrepared, Commit, Abort])", d.message());
    }

    @Test
    void aValueOfTheWrongTypeNamesItsPath() throws IOException {
        List<ObjectNode> tm = events("tm");
        ((ObjectNode) tm.get(indexOf(tm, "Commit")).get("state")).put("prepared", "r1");
        write("tm", tm);
        Divergence d = rejected(Reason.ILL_TYPED);
        assertEquals("state.prepared: expected a set {\"#set\": [...]}, found \"r1\"", d.message());
    }

    @Test
    void aWrongInitialStateIsRejected() throws IOException {
        List<ObjectNode> r2 = events("r2");
        ((ObjectNode) r2.get(0).get("state")).put("state", "prepared");
        write("r2", r2);
        Divergence d = rejected(Reason.BAD_INIT);
        assertEquals("var state: RMState = working", d.span().text());
    }

    @Test
    void aMalformedLineNamesItsFileAndLine() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("r3.ndjson")));
        lines.set(1, "{\"kind\": \"step\", \"node\": \"r3\"");
        Files.write(dir.resolve("r3.ndjson"), lines);
        Divergence d = rejected(Reason.MALFORMED);
        assertEquals(dir.resolve("r3.ndjson") + ":2", d.origin().location());
        assertTrue(d.message().startsWith("not a JSON object"), d.message());
    }

    @Test
    void aLineWithoutARequiredFieldIsMalformed() throws IOException {
        List<ObjectNode> r3 = events("r3");
        r3.get(0).remove("state");
        write("r3", r3);
        assertEquals("missing field 'state'", rejected(Reason.MALFORMED).message());
    }

    @Test
    void aTraceThatStopsMidProtocolConforms() throws IOException {
        List<ObjectNode> tm = events("tm");
        write("tm", tm.subList(0, indexOf(tm, "Commit")));
        // r1 received a Commit the truncated TM never sent: that is a receive without its send...
        assertEquals(Reason.NEVER_SENT, TraceChecker.check(model, List.of(dir)).divergence().reason());
        // ...but cutting every node before the commit leaves a prefix of a run, which conforms.
        for (String rm : List.of("r1", "r2", "r3")) {
            List<ObjectNode> events = events(rm);
            int cut = events.stream().map(e -> e.path("action").asText("")).toList().indexOf("ReceiveCommit");
            if (cut >= 0) write(rm, events.subList(0, cut));
        }
        assertTrue(TraceChecker.check(model, List.of(dir)).conforms());
    }
}
