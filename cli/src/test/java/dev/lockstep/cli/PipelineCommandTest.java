package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lockstep pipeline end to end on the README's example, and a failing stage that stops it. */
class PipelineCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode stage(JsonNode json, String name) {
        for (JsonNode s : json.get("stages")) if (s.get("stage").asText().equals(name)) return s;
        throw new AssertionError("no stage " + name + " in " + json);
    }

    @Test
    void twoPhaseCommitGoesThroughEveryStageAndItsRealRunDecidesAndConforms(@TempDir Path dir) throws Exception {
        Path traces = dir.resolve("traces");
        CliTest.Run r = CliTest.run("pipeline", CliTest.TWO_PHASE.toString(), "--model", "small", "--trace-dir",
                traces.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals("passed", json.get("status").asText());
        List<String> order = new ArrayList<>();
        json.get("stages").forEach(s -> order.add(s.get("stage").asText()));
        assertEquals(List.of("lint", "check", "explore", "prove", "gen", "run", "conform"), order);
        for (String s : List.of("lint", "check", "explore", "prove", "gen", "run", "conform")) {
            assertEquals("passed", stage(json, s).get("verdict").asText(), s + ": " + stage(json, s));
        }
        // TLC and the explorer each find the model's pinned state space.
        for (String s : List.of("check", "explore")) {
            assertEquals(288, stage(json, s).get("figures").get("distinct").asLong(), s);
            assertEquals(1146, stage(json, s).get("figures").get("generated").asLong(), s);
        }
        // Z3 proves the model's invariants (Consistent with its inductive strengthening) query by query.
        JsonNode prove = stage(json, "prove").get("figures");
        assertTrue(prove.get("queries").asInt() > 0, prove.toString());
        assertEquals(prove.get("queries").asInt(), prove.get("proved").asInt(), prove.toString());
        assertEquals(0, prove.get("ctis").asInt());
        assertEquals(14, stage(json, "gen").get("figures").get("files").asInt());
        // The real run over Netty reaches a decision: every resource manager committed (all prepared) or aborted.
        JsonNode run = stage(json, "run").get("figures");
        assertEquals(4, run.get("nodes").asInt());
        assertTrue(run.get("quiet").asBoolean(), run.toString());
        String decision = run.get("finalStates").get("r1").get("state").asText();
        assertTrue(decision.equals("committed") || decision.equals("aborted"), run.toString());
        for (String rm : List.of("r2", "r3")) assertEquals(decision, run.get("finalStates").get(rm).get("state").asText());
        assertTrue(run.get("messages").asLong() >= 3, run.toString());
        // conform checked exactly the run's events: one init per node plus every step.
        assertEquals(run.get("steps").asLong() + 4, stage(json, "conform").get("figures").get("events").asLong());
        assertEquals(4, stage(json, "conform").get("figures").get("files").asInt());
        assertTrue(Files.exists(traces.resolve("tm.ndjson")));
    }

    @Test
    void aViolationStopsThePipelineAtCheckWithItsCounterexampleAndExitsOne() throws Exception {
        CliTest.Run r = CliTest.run("pipeline", "../specs/buggy/two-phase-commit-eager.lstep", "--skip", "explore");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Result: check failed: invariant Consistent is violated (exit 1"), r.out());
        assertTrue(r.out().contains("TLC's counterexample ("), r.out());
        for (String later : List.of("prove", "gen", "run", "conform")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  " + later) && l.contains("skipped (check failed)")),
                    later + "\n" + r.out());
        }
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  explore") && l.contains("skipped (--skip)")), r.out());
    }

    @Test
    void aNonInductiveInvariantIsAWarningThatShowsTheCtiAndDoesNotStopThePipeline(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("two-phase-commit.lstep");
        Files.writeString(spec, Files.readString(CliTest.TWO_PHASE)
                .replace("check Consistent, Inductive, Terminates", "check Consistent"));
        CliTest.Run r = CliTest.run("pipeline", spec.toString(), "--model", "small", "--skip", "check,explore,run");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  prove    warn    not inductive")), r.out());
        assertTrue(r.out().contains("prove: consecution ") && r.out().contains(": cti"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  gen      ok")), r.out());
        assertTrue(r.out().contains("Result: every stage that ran passed (warnings: prove)"), r.out());
    }

    @Test
    void skippingRunSkipsConformAndBadInputIsExitTwo() throws Exception {
        CliTest.Run r = CliTest.run("pipeline", CliTest.TWO_PHASE.toString(), "--model", "small", "--skip",
                "check,explore,prove,run", "--format", "json");
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode json = JSON.readTree(r.out());
        assertEquals("passed", stage(json, "gen").get("verdict").asText());
        assertEquals("skipped (needs run)", stage(json, "conform").get("outcome").asText());

        CliTest.Run badStage = CliTest.run("pipeline", CliTest.TWO_PHASE.toString(), "--skip", "lint");
        assertEquals(2, badStage.exit());
        assertTrue(badStage.err().contains("--skip lint: not a stage that can be skipped"), badStage.err());
        CliTest.Run badSpec = CliTest.run("pipeline", "../specs/nope.lstep", "--format", "json");
        assertEquals(2, badSpec.exit());
        JsonNode bad = JSON.readTree(badSpec.out());
        assertEquals("failed", stage(bad, "lint").get("verdict").asText());
        assertTrue(stage(bad, "lint").get("details").asText().contains("LS901"), badSpec.out());
        assertEquals("skipped (lint failed)", stage(bad, "check").get("outcome").asText());
    }
}
