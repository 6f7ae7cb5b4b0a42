package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lockstep conform --partial MAPPING}: a log of only sends and decisions matches (exit 0); a decision no
 * behaviour allows is reported at its line with the candidate states (exit 1); a bad mapping or log line is exit 2
 * naming file, line and code.
 */
class PartialConformCommandTest {
    static final String SPEC = CliTest.TWO_PHASE.toString();
    static final String MAPPING = CliTest.TWO_PHASE.resolveSibling("partial/two-phase-commit.sends-decisions.json")
            .toString();
    static final String COMMITTED = """
            {"ev":"send","node":"r1","msgs":[{"kind":"PREPARED","to":"tm","rm":"r1"}]}
            {"ev":"send","node":"r2","msgs":[{"kind":"PREPARED","to":"tm","rm":"r2"}]}
            {"ev":"send","node":"r3","msgs":[{"kind":"PREPARED","to":"tm","rm":"r3"}]}
            {"ev":"send","node":"tm","msgs":[{"kind":"COMMIT","to":"r1"},{"kind":"COMMIT","to":"r2"},{"kind":"COMMIT","to":"r3"}]}
            {"ev":"decide","node":"tm","outcome":"COMMIT"}
            {"ev":"decide","node":"r2","outcome":"COMMITTED"}
            """;

    @TempDir
    Path dir;

    @Test
    void sendsAndDecisionsMatchWithUnloggedReceives() throws IOException {
        Path log = Files.writeString(dir.resolve("run.log"), COMMITTED);
        CliTest.Run r = CliTest.run("conform", SPEC, "--model", "small", "--partial", MAPPING, log.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("Result: matches (6 events of " + log), r.out());
        // The TM's Commit needs its three unlogged receives of Prepared: with no hidden step allowed, no match.
        CliTest.Run strict = CliTest.run("conform", SPEC, "--model", "small", "--partial", MAPPING,
                "--max-hidden-steps", "0", log.toString());
        assertEquals(1, strict.exit(), strict.out() + strict.err());
        assertTrue(strict.out().contains("run.log:4: no spec behaviour matches this event"), strict.out());
    }

    @Test
    void aDecisionNoBehaviourAllowsIsReportedWithItsCandidates() throws IOException {
        Path log = Files.writeString(dir.resolve("run.log"), COMMITTED
                + "{\"ev\":\"decide\",\"node\":\"r3\",\"outcome\":\"ABORTED\"}\n");
        CliTest.Run r = CliTest.run("conform", SPEC, "--model", "small", "--partial", MAPPING, log.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("the first 6 events match, event 7 does not"), r.out());
        assertTrue(r.out().contains("run.log:7: no spec behaviour matches this event"), r.out());
        assertTrue(r.out().contains("line:  {\"ev\":\"decide\",\"node\":\"r3\",\"outcome\":\"ABORTED\"}"), r.out());
        assertTrue(r.out().contains("candidates before this event:"), r.out());
        assertTrue(r.out().contains("    tm: state = done, prepared = {r1, r2, r3}"), r.out());

        CliTest.Run json = CliTest.run("conform", SPEC, "--model", "small", "--partial", MAPPING, log.toString(),
                "--format", "json");
        assertEquals(1, json.exit(), json.out() + json.err());
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertEquals("no-match", tree.get("status").asText());
        JsonNode f = tree.get("results").get(0).get("failure");
        assertEquals(7, f.get("event").asInt());
        assertEquals(7, f.get("line").asInt());
        assertEquals(f.get("candidateCount").asInt(), f.get("candidates").size());
        assertTrue(f.get("candidates").get(0).get("tm").asText().startsWith("state = done"), json.out());
    }

    @Test
    void aBadMappingExitsTwoNamingItsLine() throws IOException {
        Path log = Files.writeString(dir.resolve("run.log"), COMMITTED);
        Path bad = Files.writeString(dir.resolve("map.json"), """
                {
                  "events": {
                    "send": { "action": "TM.Comit" }
                  }
                }
                """);
        CliTest.Run r = CliTest.run("conform", SPEC, "--model", "small", "--partial", bad.toString(), log.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(bad + ":3: LS940 /events/send/action: role TM has no action Comit"), r.err());
    }

    @Test
    void aBadLogLineExitsTwoNamingItsLine() throws IOException {
        Path log = Files.writeString(dir.resolve("run.log"), COMMITTED + "{\"ev\":\"decide\",\"node\":\"r9\"}\n");
        CliTest.Run r = CliTest.run("conform", SPEC, "--model", "small", "--partial", MAPPING, log.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("run.log:7: LS941 field 'node': r9 is not a node of model small"), r.out());
    }
}
