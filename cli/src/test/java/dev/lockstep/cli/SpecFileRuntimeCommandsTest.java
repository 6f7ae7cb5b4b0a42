package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate and run given the spec FILE: the Java is generated, compiled in process and loaded, then run. */
class SpecFileRuntimeCommandsTest {
    static final String TPC = CliTest.TWO_PHASE.toString();
    static final String EAGER = "../specs/buggy/two-phase-commit-eager.lstep";

    @Test
    void simulateASpecFileChecksEveryStepAgainstTheSpecOverManySeedsWithFaults(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("simulate", TPC, "--model", "small", "--seed", "7", "--seeds", "300", "--steps", "500",
                "--drop", "0", "--dup", "0.2", "--crash", "0.05", "--trace-dir", dir.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("holds", json.get("status").asText());
        assertEquals("spec", json.get("check").asText());
        assertEquals("TwoPhaseCommit", json.get("protocol").asText());
        assertEquals(300, json.get("runs").asInt());
        assertTrue(json.get("duplicated").asLong() > 0 && json.get("crashes").asLong() > 0, r.out());
        // The online check's trace sinks still write the files.
        assertTrue(Files.readString(dir.resolve("seed-7/tm.ndjson")).startsWith("{\"kind\":\"init\""));
        // Generated sources and classes are deleted after the run.
        assertTrue(r.err().isEmpty(), r.err());
    }

    @Test
    void exchangeMessagesAreLostOnAnyNetworkWhichOnlyAMayFailExchangeAllows() {
        // The pairwise MinFinder's network is a plain set: --drop loses only the exchanges' messages.
        CliTest.Run mayFail = CliTest.run("simulate", "../specs/minfinder-pairwise-may-fail.lstep", "--seeds", "20",
                "--steps", "300", "--drop", "0.2");
        assertEquals(0, mayFail.exit(), mayFail.out() + mayFail.err());
        CliTest.Run plain = CliTest.run("simulate", "../specs/minfinder-pairwise.lstep", "--model", "small", "--seeds",
                "20", "--steps", "300", "--drop", "0.2");
        assertEquals(1, plain.exit(), plain.out() + plain.err());
        assertTrue(plain.out().contains("half-applied"), plain.out());
        assertEquals(2, CliTest.run("simulate", TPC, "--model", "small", "--drop", "0.2").exit(), "no exchanges: refused");
    }

    @Test
    void theSpecCheckCatchesABuggySpecsRunAndTheReplayCommandReproducesIt() {
        CliTest.Run r = CliTest.run("simulate", EAGER, "--seeds", "500", "--steps", "300");
        assertEquals(1, r.exit(), r.out() + r.err());
        String result = r.out().lines().filter(l -> l.startsWith("Result: violation at seed ")).findFirst().orElseThrow();
        assertTrue(r.out().contains("invariant Consistent is false"), r.out());
        assertTrue(r.out().contains("two-phase-commit-eager.lstep:"), r.out());
        String replay = r.out().lines().filter(l -> l.startsWith("Replay: ")).findFirst().orElseThrow()
                .substring("Replay: lockstep ".length());
        assertTrue(replay.startsWith("simulate " + EAGER + " --model small --seed "), replay);
        CliTest.Run again = CliTest.run(replay.split(" "));
        assertEquals(1, again.exit());
        assertTrue(again.out().contains(result), again.out());
    }

    @Test
    void runASpecFileWithoutAClusterFileStartsEveryNodeOnLocalhost(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("run", TPC, "--model", "small", "--input", "r1:Prepare", "--input", "r2:Prepare",
                "--input", "r3:Prepare", "--seconds", "1.5", "--trace-dir", dir.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(4, json.get("nodes").size());
        for (String rm : new String[] {"r1", "r2", "r3"}) {
            assertEquals("committed", json.get("nodes").get(rm).get("state").get("state").asText(), r.out());
        }
        CliTest.Run conform = CliTest.run("conform", TPC, "--model", "small", dir.toString());
        assertEquals(0, conform.exit(), conform.out() + conform.err());
    }

    @Test
    void theProtocolComesFromAFileOrADescriptorNotBothNorNeither() {
        CliTest.Run neither = CliTest.run("simulate", "--seeds", "1");
        assertEquals(2, neither.exit());
        assertTrue(neither.err().contains("give a spec FILE (with --model NAME) or --descriptor CLASS, not neither"), neither.err());
        CliTest.Run both = CliTest.run("run", TPC, "--descriptor", RuntimeCommandsTest.TPC, "--seconds", "1");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("not both"), both.err());
        CliTest.Run unknownModel = CliTest.run("simulate", TPC, "--model", "huge");
        assertEquals(2, unknownModel.exit());
        assertTrue(unknownModel.err().contains("LS605"), unknownModel.err());
    }

    @Test
    void aSpecOutsideTheJavaFragmentIsAnLs850DiagnosticNotAStackTrace(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("tuple.lstep");
        Files.writeString(spec, "protocol T\nconst N: set<node>\nrole R at N {\n  var p: <<int, bool>> = <<1, TRUE>>\n}\n"
                + "model m { N = {n1} }\n");
        CliTest.Run r = CliTest.run("simulate", spec.toString(), "--seeds", "1");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("tuple.lstep:4:") && r.err().contains("error[LS850]"), r.err());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
        CliTest.Run json = CliTest.run("run", spec.toString(), "--seconds", "1", "--format", "json");
        assertEquals(2, json.exit());
        assertEquals("LS850", new ObjectMapper().readTree(json.out()).get("diagnostics").get(0).get("code").asText());
    }

    /**
     * --data-dir: a run writes each node's durable variables; a second run recovers from them (the acceptor's promise
     * and vote survive, as after a crash); a corrupt file is bad input naming the file, exit 2, no stack trace.
     */
    @Test
    void runWithADataDirectoryRecoversFromItAndRefusesACorruptFile(@TempDir Path dir) throws Exception {
        String spec = Path.of("../specs/paxos-crash-msgs.lstep").toString();
        Path data = dir.resolve("data");
        CliTest.Run first = CliTest.run("run", spec, "--model", "tiny", "--seconds", "1", "--data-dir", data.toString(),
                "--format", "json");
        assertEquals(0, first.exit(), first.err());
        JsonNode a1 = new ObjectMapper().readTree(first.out()).get("nodes").get("a1").get("state");
        String onDisk = Files.readString(data.resolve("a1.durable.json"));
        assertTrue(onDisk.contains("\"maxBal\":{\"#bigint\":\"1\"}"), onDisk);
        Path traces = dir.resolve("traces");
        CliTest.Run second = CliTest.run("run", spec, "--model", "tiny", "--seconds", "1", "--data-dir", data.toString(),
                "--trace-dir", traces.toString(), "--format", "json");
        assertEquals(0, second.exit(), second.err());
        assertEquals(a1, new ObjectMapper().readTree(second.out()).get("nodes").get("a1").get("state"), second.out());
        // Recovered, not started afresh: the proposer's trace starts with its restart (step 1), and it does not
        // prepare again, since its ballot is spent in the recovered state.
        List<String> p1 = Files.readAllLines(traces.resolve("p1.ndjson"));
        JsonNode restart = new ObjectMapper().readTree(p1.get(0));
        assertEquals("init", restart.get("kind").asText(), p1.get(0));
        assertEquals(1, restart.get("step").asInt(), p1.get(0));
        assertTrue(p1.stream().noneMatch(l -> l.contains("\"action\":\"Prepare\"")), String.join("\n", p1));
        Files.writeString(data.resolve("a1.durable.json"), "{\"node\": \"a1\", \"durable\": ");
        CliTest.Run corrupt = CliTest.run("run", spec, "--model", "tiny", "--seconds", "1", "--data-dir", data.toString());
        assertEquals(2, corrupt.exit(), corrupt.out() + corrupt.err());
        assertTrue(corrupt.err().contains(data.resolve("a1.durable.json") + ": not valid JSON"), corrupt.err());
        assertTrue(!corrupt.err().contains("Exception") && !corrupt.err().contains("\tat "), corrupt.err());
    }
}
