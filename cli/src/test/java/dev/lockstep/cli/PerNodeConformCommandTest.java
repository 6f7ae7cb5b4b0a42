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
 * {@code lockstep conform --partial MAPPING --per-node DIR [--skew D]}: a two-phase commit logged as one file per
 * node, r1's wall clock 25 ms ahead. Merged by the Lamport clocks the run matches; merged by timestamps it matches
 * when the skew bound covers r1's error and not when it does not; a line without its clock is exit 2 at its line.
 */
class PerNodeConformCommandTest {
    static final String SPEC = CliTest.TWO_PHASE.toString();
    static final String MAPPING = CliTest.TWO_PHASE.resolveSibling("partial/two-phase-commit.per-node.json").toString();

    @TempDir
    Path dir;

    Path logs(String r2Prepared) throws IOException {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("tm.log"), """
                {"ev":"send","node":"tm","msgs":[{"kind":"COMMIT","to":"r1"},{"kind":"COMMIT","to":"r2"},{"kind":"COMMIT","to":"r3"}],"lc":5,"ts":10}
                {"ev":"decide","node":"tm","outcome":"COMMIT","lc":5,"ts":10}
                """);
        Files.writeString(run.resolve("r1.log"), """
                {"ev":"send","node":"r1","msgs":[{"kind":"PREPARED","to":"tm","rm":"r1"}],"lc":1,"ts":30}
                {"ev":"decide","node":"r1","outcome":"COMMITTED","lc":6,"ts":37}
                """);
        Files.writeString(run.resolve("r2.log"), r2Prepared + "\n");
        Files.writeString(run.resolve("r3.log"), """
                {"ev":"send","node":"r3","msgs":[{"kind":"PREPARED","to":"tm","rm":"r3"}],"lc":1,"ts":3}
                """);
        return run;
    }

    static final String R2 = "{\"ev\":\"send\",\"node\":\"r2\",\"msgs\":[{\"kind\":\"PREPARED\",\"to\":\"tm\",\"rm\":\"r2\"}],"
            + "\"lc\":1,\"ts\":2}";

    CliTest.Run conform(String... extra) {
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"conform", SPEC, "--model", "small", "--partial", MAPPING}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        return CliTest.run(args);
    }

    @Test
    void perNodeLogsMatchMergedByLamportClocks() throws IOException {
        Path run = logs(R2);
        CliTest.Run r = conform("--per-node", run.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("Result: matches (6 events of " + run), r.out());
        CliTest.Run json = conform("--per-node", run.toString(), "--format", "json");
        assertEquals(0, json.exit(), json.out() + json.err());
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertEquals("clocks in field 'lc'", tree.get("mergedBy").asText());
        assertEquals(6, tree.get("results").get(0).get("matched").asInt(), json.out());
    }

    @Test
    void theSkewBoundDecidesWhetherTimestampsMatch() throws IOException {
        Path run = logs(R2);
        CliTest.Run covered = conform("--per-node", run.toString(), "--skew", "30ms");
        assertEquals(0, covered.exit(), covered.out() + covered.err());
        // With 5 ms, r1's vote (its clock says 30) comes after the TM's Commit (10): Commit without r1's vote.
        CliTest.Run tooSmall = conform("--per-node", run.toString(), "--skew", "5ms");
        assertEquals(1, tooSmall.exit(), tooSmall.out() + tooSmall.err());
        assertTrue(tooSmall.out().contains("the first 2 events match, event 3 does not"), tooSmall.out());
        assertTrue(tooSmall.out().contains("tm.log:1: no spec behaviour matches this event"), tooSmall.out());
        assertTrue(tooSmall.out().contains("merged by timestamps in field 'ts', skew up to 5 ms"), tooSmall.out());
    }

    @Test
    void missingClocksAndMisusedOptionsExitTwo() throws IOException {
        Path run = logs(R2.replace(",\"lc\":1", ""));
        CliTest.Run r = conform("--per-node", run.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("r2.log:1: LS945 no field 'lc'"), r.out());

        CliTest.Run noClock = CliTest.run("conform", SPEC, "--model", "small", "--partial",
                MAPPING.replace("per-node", "sends-decisions"), "--per-node", run.toString());
        assertEquals(2, noClock.exit(), noClock.out() + noClock.err());
        assertTrue(noClock.err().contains("LS940 per-node logs are merged by"), noClock.err());

        CliTest.Run file = conform("--per-node", run.resolve("tm.log").toString());
        assertEquals(2, file.exit(), file.out() + file.err());
        assertTrue(file.err().contains("is not a folder of per-node logs"), file.err());

        CliTest.Run skewAlone = conform("--skew", "5ms", run.toString());
        assertEquals(2, skewAlone.exit(), skewAlone.out() + skewAlone.err());
        assertTrue(skewAlone.err().contains("--skew merges per-node logs by timestamps: give --per-node"), skewAlone.err());

        CliTest.Run badSkew = conform("--per-node", run.toString(), "--skew", "soon");
        assertEquals(2, badSkew.exit(), badSkew.out() + badSkew.err());
    }
}
