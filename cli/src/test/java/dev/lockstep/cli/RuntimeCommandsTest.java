package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.netty.Clusters;
import dev.lockstep.runtime.testing.TwoPhaseCommit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate and run with the runtime's hand-written two-phase commit (from its test-jar) as --descriptor. */
class RuntimeCommandsTest {
    static final String TPC = "dev.lockstep.runtime.testing.TwoPhaseCommit";
    static final String EAGER = "dev.lockstep.runtime.testing.TwoPhaseCommit$Eager";
    static final String CONSISTENT = "dev.lockstep.runtime.testing.TwoPhaseCommit$Consistent";

    @Test
    void simulateHoldsOverManySeedsWithFaultsAndWritesTraces(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("simulate", "--descriptor", TPC, "--check", CONSISTENT, "--seed", "5",
                "--seeds", "200", "--steps", "500", "--drop", "0.1", "--dup", "0.1", "--crash", "0.05",
                "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("holds", json.get("status").asText());
        assertEquals(200, json.get("runs").asInt());
        assertTrue(json.get("dropped").asLong() > 0 && json.get("crashes").asLong() > 0, r.out());

        CliTest.Run traced = CliTest.run("simulate", "--descriptor", TPC, "--seed", "3", "--trace-dir", dir.toString());
        assertEquals(0, traced.exit(), traced.err());
        for (String n : new String[] {"tm", "r1", "r2", "r3"}) {
            assertTrue(Files.readString(dir.resolve("seed-3/" + n + ".ndjson")).startsWith("{\"kind\":\"init\""), n);
        }
    }

    @Test
    void simulateFindsTheSeededBugAndPrintsAReplayableSeed() {
        CliTest.Run r = CliTest.run("simulate", "--descriptor", EAGER, "--check", CONSISTENT, "--seeds", "1000");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("Result: violation at seed "), r.out());
        String replay = r.out().lines().filter(l -> l.startsWith("Replay: ")).findFirst().orElseThrow()
                .substring("Replay: lockstep ".length());
        // Every fault option is repeated, in a fixed order, so the replay injects the same faults.
        assertTrue(replay.endsWith(" --drop 0.0 --dup 0.0 --crash 0.0"), replay);
        CliTest.Run again = CliTest.run(replay.split(" "));
        assertEquals(1, again.exit());
        String violation = r.out().lines().filter(l -> l.startsWith("Result:")).findFirst().orElseThrow();
        assertTrue(again.out().contains(violation), again.out());
    }

    @Test
    void badClassesAndOptionsAreBadInput() {
        CliTest.Run missing = CliTest.run("simulate", "--descriptor", "com.example.Nope");
        assertEquals(2, missing.exit());
        assertEquals("lockstep simulate: --descriptor com.example.Nope: no such class on the classpath\n",
                missing.err().replace("\r", ""));
        CliTest.Run wrongType = CliTest.run("simulate", "--descriptor", "java.lang.String");
        assertEquals(2, wrongType.exit());
        assertTrue(wrongType.err().contains("does not implement dev.lockstep.runtime.api.ProtocolDescriptor"), wrongType.err());
        CliTest.Run badP = CliTest.run("simulate", "--descriptor", TPC, "--drop", "1.5");
        assertEquals(2, badP.exit());
        assertTrue(badP.err().contains("Invalid value for option '--drop': expected a probability between 0 and 1, "
                + "not '1.5'"), badP.err());
    }

    @Test
    void runStartsTheClusterOverTcpCallsInputsAndWritesTraces(@TempDir Path dir) throws Exception {
        Path cluster = dir.resolve("cluster.json");
        Files.writeString(cluster, Clusters.loopbackJson(new TwoPhaseCommit()));
        CliTest.Run r = CliTest.run("run", "--descriptor", TPC, "--cluster", cluster.toString(), "--input", "r1:Prepare",
                "--input", "r2:Prepare", "--input", "r3:Prepare", "--input", "r1:Prepare", "--seconds", "1",
                "--trace-dir", dir.resolve("traces").toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("FIRED", json.get("inputs").get(0).get("result").asText());
        assertEquals("NOT_ENABLED", json.get("inputs").get(3).get("result").asText());
        assertTrue(Files.exists(dir.resolve("traces/tm.ndjson")));
        // Lossy network in this descriptor, but loopback TCP loses nothing while connections hold: 2PC decides.
        String tm = json.get("nodes").get("tm").get("state").get("state").asText();
        assertTrue(tm.equals("committed") || tm.equals("aborted"), r.out());
    }

    @Test
    void runRefusesAClusterFileThatDoesNotMatch(@TempDir Path dir) throws Exception {
        Path cluster = dir.resolve("cluster.json");
        Files.writeString(cluster, "{\"nodes\": {\"tm\": {\"address\": \"127.0.0.1:1\", \"role\": \"TM\"}}}");
        CliTest.Run r = CliTest.run("run", "--descriptor", TPC, "--cluster", cluster.toString(), "--seconds", "1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("node r1 (role ResourceManager) is missing"), r.err());
    }
}
