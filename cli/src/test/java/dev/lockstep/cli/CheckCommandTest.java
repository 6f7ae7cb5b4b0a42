package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockstep check}: TLC's verdicts, counterexamples, ITF and kept TLA+, and its failures, through the CLI. */
class CheckCommandTest {
    static final Path FORWARD_OWN = Path.of("../specs/buggy/chang-roberts-forward-own.lstep");
    static final Path EAGER = Path.of("../specs/buggy/two-phase-commit-eager.lstep");

    @Test
    void holdsExitsZeroWithTlcsCounts(@TempDir Path dir) throws IOException {
        CliTest.Run r = CliTest.run("check", CliTest.TWO_PHASE.toString(), "--model", "small", "--keep-tla", dir.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Result: holds"), r.out());
        assertTrue(r.out().contains("distinct states   288"), r.out());
        assertTrue(r.out().contains("generated states  1,146"), r.out());
        assertTrue(Files.readString(dir.resolve("TwoPhaseCommit.tla")).contains("Spec == Init /\\ [][Next]_vars"));
        assertTrue(Files.readString(dir.resolve("TwoPhaseCommit_small.cfg")).contains("PROPERTY Terminates"));
    }

    @Test
    void invariantViolationShowsTheTraceAndMessagesInSpecTerms() {
        CliTest.Run r = CliTest.run("check", EAGER.toString(), "--model", "small");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Result: invariant Consistent is violated"), r.out());
        assertTrue(r.out().contains("Counterexample (6 states)"), r.out());
        assertTrue(r.out().contains("State 2: "), r.out());
        assertTrue(r.out().contains("Messages per node:"), r.out());
        assertTrue(r.out().contains("receives   Commit {} from tm"), r.out());
    }

    @Test
    void livenessViolationShowsTheLassoAndWritesItf(@TempDir Path dir) throws IOException {
        Path itf = dir.resolve("trace.itf.json");
        CliTest.Run r = CliTest.run("check", FORWARD_OWN.toString(), "--itf", itf.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Result: property EventuallyLeader is violated"), r.out());
        assertTrue(r.out().contains("Counterexample (6 states, then a loop back to state 4)"), r.out());
        assertTrue(r.out().contains("Then back to state 4: Node[n2].Forward"), r.out());
        JsonNode doc = new ObjectMapper().readTree(itf.toFile());
        assertEquals("ITF", doc.get("#meta").get("format").asText());
        assertEquals(6, doc.get("states").size());
        assertEquals(3, doc.get("loop").asInt());
        assertEquals("Start", doc.get("states").get(1).get("#meta").get("action").get("action").asText());
        assertTrue(doc.get("states").get(0).get("Node").get("n1").get("started").isBoolean());
    }

    @Test
    void jsonIsMachineReadable() throws IOException {
        CliTest.Run r = CliTest.run("check", CliTest.TWO_PHASE.toString(), "--model", "small", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("holds", json.get("status").asText());
        assertEquals("tlc", json.get("checker").asText());
        assertEquals(288, json.get("distinct").asLong());
        assertEquals(1146, json.get("generated").asLong());
        assertEquals(11, json.get("depth").asInt());
    }

    @Test
    void aTimeoutIsADiagnosticAndExitTwo() {
        CliTest.Run r = CliTest.run("check", CliTest.TWO_PHASE.toString(), "--model", "rm5", "--timeout", "300ms");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("error[LS803]"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void badOptionsExitTwo() {
        assertEquals(2, CliTest.run("check", CliTest.TWO_PHASE.toString(), "--model", "small", "--timeout", "soon").exit());
        assertEquals(2, CliTest.run("check", CliTest.TWO_PHASE.toString(), "--model", "nope").exit());
    }
}
