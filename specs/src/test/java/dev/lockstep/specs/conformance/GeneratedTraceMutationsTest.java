package dev.lockstep.specs.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.generated.paxos.PaxosProtocol;
import dev.lockstep.specs.generated.twophasecommit.TwoPhaseCommitProtocol;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Traces of generated code (two-phase commit and Paxos machines under the simulator, with redeliveries and
 * crashes) conform; mutated one way at a time, each is rejected with the right reason: an altered state, a dropped
 * event, a receive moved before its send, a forged message id, forged message content.
 */
class GeneratedTraceMutationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final ModelInstance TWO_PHASE = ConformanceHarness.load(Path.of("two-phase-commit.lstep"), "small");
    static final ModelInstance PAXOS = ConformanceHarness.load(Path.of("paxos.lstep"), "tiny");

    @TempDir
    Path dir;

    /** Traces of the first seed whose run satisfies {@code wanted}, in {@code dir}; they conform as recorded. */
    private void record(ModelInstance model, ProtocolDescriptor machines, Predicate<Path> wanted) throws IOException {
        for (long seed = 1; seed <= 300; seed++) {
            Path run = dir.resolve("seed-" + seed);
            Simulation.run(machines, SimulationOptions.of(seed, 80).withFaults(0, 0.1, 0.02)
                    .withTraces(TraceSinks.directory(run)), OnlineCheck.NONE);
            if (wanted.test(run)) {
                dir = run;
                ConformanceResult r = TraceChecker.check(model, List.of(dir));
                assertTrue(r.conforms(), String.valueOf(r.divergence()));
                return;
            }
        }
        throw new AssertionError("no seed gives the run wanted");
    }

    private static List<ObjectNode> events(Path dir, String node) {
        try {
            List<ObjectNode> out = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve(node + ".ndjson"))) out.add((ObjectNode) JSON.readTree(line));
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<ObjectNode> events(String node) { return events(dir, node); }

    private static boolean has(Path dir, String node, String action) {
        return indexOf(events(dir, node), action) >= 0;
    }

    private void write(String node, List<ObjectNode> events) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ObjectNode e : events) lines.add(JSON.writeValueAsString(e));
        Files.write(dir.resolve(node + ".ndjson"), lines);
    }

    private static int indexOf(List<ObjectNode> events, String action) {
        for (int i = 0; i < events.size(); i++) if (events.get(i).path("action").asText("").equals(action)) return i;
        return -1;
    }

    private Divergence rejected(ModelInstance model, Reason reason) {
        ConformanceResult r = TraceChecker.check(model, List.of(dir));
        assertNotNull(r.divergence(), "the mutated trace was accepted");
        assertEquals(reason, r.divergence().reason(), ConformanceReport.text(model.spec().name(), "", r));
        return r.divergence();
    }

    private void committed() throws IOException {
        record(TWO_PHASE, new TwoPhaseCommitProtocol(), run -> has(run, "tm", "Commit") && has(run, "r1", "ReceiveCommit"));
    }

    @Test
    void anAlteredStateIsAWrongState() throws IOException {
        committed();
        List<ObjectNode> r1 = events("r1");
        int prepare = indexOf(r1, "Prepare");
        ((ObjectNode) r1.get(prepare).get("state")).put("state", "committed");
        write("r1", r1);
        Divergence d = rejected(TWO_PHASE, Reason.WRONG_STATE);
        assertEquals("r1", d.node());
        assertEquals(prepare, d.step());
        assertEquals("state' = prepared", d.span().text());
    }

    @Test
    void aDroppedEventIsAGapInTheSteps() throws IOException {
        committed();
        List<ObjectNode> r1 = events("r1");
        r1.remove(indexOf(r1, "Prepare"));
        write("r1", r1);
        assertTrue(rejected(TWO_PHASE, Reason.STEP_GAP).message().contains("an event is missing"));
    }

    @Test
    void aReceiveMovedBeforeItsSendCannotBeOrdered() throws IOException {
        committed();
        List<ObjectNode> r1 = events("r1");
        ObjectNode receive = r1.remove(indexOf(r1, "ReceiveCommit"));
        r1.add(1, receive); // before r1's own Prepare, which the Commit depends on
        for (int i = 0; i < r1.size(); i++) r1.get(i).put("step", i);
        write("r1", r1);
        rejected(TWO_PHASE, Reason.UNORDERABLE);
    }

    @Test
    void aForgedMessageIdWasNeverSent() throws IOException {
        committed();
        List<ObjectNode> r1 = events("r1");
        ((ObjectNode) r1.get(indexOf(r1, "ReceiveCommit")).get("consumed")).put("id", "tm#99");
        write("r1", r1);
        assertTrue(rejected(TWO_PHASE, Reason.NEVER_SENT).message().contains("tm#99"));
    }

    @Test
    void aForgedMessageContentIsNotDeliverable() throws IOException {
        committed();
        List<ObjectNode> r1 = events("r1");
        ObjectNode e = r1.get(indexOf(r1, "ReceiveCommit"));
        e.put("action", "ReceiveAbort");
        ((ObjectNode) e.get("consumed").get("msg")).put("type", "Abort");
        ((ObjectNode) e.get("state")).put("state", "aborted");
        write("r1", r1);
        Divergence d = rejected(TWO_PHASE, Reason.NOT_DELIVERABLE);
        assertTrue(d.message().contains("(Abort tm -> r1) is not deliverable"), d.message());
    }

    @Test
    void paxosAcceptorTracesWithAForgedBallotOrAnAlteredPromiseAreRejected() throws IOException {
        record(PAXOS, PaxosProtocol.forModel("tiny"), run -> {
            try (var files = Files.list(run)) {
                return files.anyMatch(f -> indexOf(events(run, f.getFileName().toString().replace(".ndjson", "")),
                        "Promise") >= 0 && f.getFileName().toString().startsWith("a"));
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        String acceptor;
        try (var files = Files.list(dir)) {
            acceptor = files.map(f -> f.getFileName().toString().replace(".ndjson", ""))
                    .filter(n -> n.startsWith("a") && indexOf(events(n), "Promise") >= 0).sorted().findFirst().orElseThrow();
        }
        List<ObjectNode> original = events(acceptor);
        int promise = indexOf(original, "Promise");

        // The promised ballot in the state, altered.
        List<ObjectNode> altered = events(acceptor);
        ObjectNode state = (ObjectNode) altered.get(promise).get("state");
        state.set("maxBal", JSON.readTree("{\"#bigint\": \"7\"}"));
        write(acceptor, altered);
        assertEquals("maxBal' = m.bal", rejected(PAXOS, Reason.WRONG_STATE).span().text());

        // The received 1a message's ballot, forged: no such message was sent (deliverability is checked first).
        List<ObjectNode> forged = events(acceptor);
        ObjectNode e = forged.get(promise);
        ((ObjectNode) e.get("consumed").get("msg")).set("bal", JSON.readTree("{\"#bigint\": \"7\"}"));
        write(acceptor, forged);
        rejected(PAXOS, Reason.NOT_DELIVERABLE);
    }
}
