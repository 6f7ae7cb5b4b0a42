package dev.lockstep.cli;

import static dev.lockstep.cli.CliTest.TWO_PHASE;
import static dev.lockstep.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** `lockstep prove`: exit codes, the summary table, CTIs, BMC traces, JSON and fragment diagnostics. */
class ProveCommandTest {
    @Test
    void provedInductiveInvariantExitsZero() {
        CliTest.Run r = run("prove", TWO_PHASE.toString(), "--model", "small", "--invariant", "Inductive");
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("consecution  TM[tm].Commit"), r.out());
        assertTrue(r.out().contains("Result: proved (16 of 16 queries proved"), r.out());
    }

    @Test
    void nonInductiveInvariantShowsCtiAndExitsOne() {
        CliTest.Run r = run("prove", TWO_PHASE.toString(), "--model", "small", "--invariant", "Consistent");
        assertEquals(1, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("counterexample to induction"), r.out());
        assertTrue(r.out().contains("Before (satisfies the invariants):"), r.out());
        assertTrue(r.out().contains("After (violates Consistent#1"), r.out());
    }

    @Test
    void jsonReportsCtiStatesAndBmcTrace() throws IOException {
        CliTest.Run r = run("prove", "../specs/buggy/two-phase-commit-eager.lstep", "--model", "small",
                "--bmc", "8", "--format", "json");
        assertEquals(1, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("counterexample", json.get("status").asText());
        assertEquals("violated", json.get("bmc").get("verdict").asText());
        assertEquals(6, json.get("bmc").get("counterexample").size());
        boolean sawCti = false;
        for (JsonNode q : json.get("queries")) {
            if (q.has("cti")) {
                sawCti = true;
                assertTrue(q.get("cti").get("replayed").asBoolean());
                assertTrue(q.get("cti").get("before").has("ResourceManager"));
            }
        }
        assertTrue(sawCti);
    }

    @Test
    void fifoNetworkIsBadInput() {
        CliTest.Run r = run("prove", "../specs/chang-roberts.lstep", "--model", "ring3");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("error[LS870]"), r.err());
        assertTrue(r.err().contains("network fifo"), r.err());
    }
}
