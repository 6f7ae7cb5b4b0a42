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

/** {@code transform reliable} and {@code refines}: outputs, formats and exit codes. */
class TransformCommandsTest {
    private static final String ORIGINAL = "../specs/two-phase-commit.lstep";
    private static final String LOSSY = "../specs/two-phase-commit-lossy.lstep";

    @Test
    void transformWritesTheLibrarysLossySpec(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.lstep");
        CliTest.Run r = CliTest.run("transform", "reliable", ORIGINAL, "--network", "set lossy", "--models", "small,rm2", "-o",
                out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("--no-deadlock"), r.out());
        assertEquals(Files.readString(Path.of(LOSSY)), Files.readString(out));
        CliTest.Run stdout = CliTest.run("transform", "reliable", ORIGINAL, "--network", "set lossy", "--models",
                "small,rm2");
        assertEquals(Files.readString(Path.of(LOSSY)), stdout.out());
    }

    @Test
    void transformJsonCarriesTheSpecAndRefusalsExitTwo() throws IOException {
        CliTest.Run r = CliTest.run("transform", "reliable", ORIGINAL, "--network", "set lossy", "--models",
                "small,rm2", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("ok", json.get("status").asText());
        assertEquals(Files.readString(Path.of(LOSSY)), json.get("spec").asText());
        CliTest.Run bad = CliTest.run("transform", "reliable", "../specs/paxos-quorum.lstep", "--network", "set lossy");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("paxos-quorum.lstep:44:3: error[LS291]"), bad.err());
        CliTest.Run lossyAgain = CliTest.run("transform", "reliable", LOSSY, "--network", "set lossy", "--format", "json");
        assertEquals(2, lossyAgain.exit());
        assertTrue(lossyAgain.out().contains("LS290"), lossyAgain.out());
        assertEquals(2, CliTest.run("transform", "reliable", "no-such.lstep", "--network", "set lossy").exit());
        CliTest.Run model = CliTest.run("transform", "reliable", ORIGINAL, "--network", "set lossy", "--models", "big");
        assertEquals(2, model.exit());
        assertTrue(model.err().contains("LS605") && model.err().contains("'big'"), model.err());
    }

    @Test
    void refinesExitsZeroOrOneWithACounterexample(@TempDir Path dir) throws IOException {
        CliTest.Run ok = CliTest.run("refines", LOSSY, ORIGINAL, "--model", "rm2");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("Result: refines") && ok.out().contains("new states        19,088"), ok.out());
        Path eager = dir.resolve("eager.lstep");
        Files.writeString(eager, Files.readString(Path.of(LOSSY)).replace("when state = init /\\ prepared = RM",
                "when state = init"));
        CliTest.Run no = CliTest.run("refines", eager.toString(), ORIGINAL, "--model", "rm2", "--format", "json");
        assertEquals(1, no.exit(), no.err());
        JsonNode json = new ObjectMapper().readTree(no.out());
        assertEquals("does-not-refine", json.get("status").asText());
        assertEquals(3, json.get("counterexample").size());
    }

    @Test
    void refinesRefusesABadMapOrAMissingModel() {
        CliTest.Run map = CliTest.run("refines", LOSSY, ORIGINAL, "--model", "rm2", "--map", "TM.x = TM.state");
        assertEquals(2, map.exit());
        assertTrue(map.err().contains("LS295"), map.err());
        assertEquals(2, CliTest.run("refines", LOSSY, ORIGINAL, "--model", "nope").exit());
        assertEquals(2, CliTest.run("refines", LOSSY, ORIGINAL, "--model", "rm2", "--max-pairs", "0").exit());
    }

    @Test
    void partitionWritesTheShardedSpecWhichRefinesTheOriginalThroughMerge(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sharded.lstep");
        CliTest.Run r = CliTest.run("transform", "partition", "../specs/two-phase-commit-txs.lstep", "--role", "TM",
                "--shards", "2", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("--map 'TM = merge(TM)'"), r.out());
        assertEquals(Files.readString(Path.of("../specs/two-phase-commit-txs-sharded.lstep")), Files.readString(out));
        CliTest.Run refines = CliTest.run("refines", out.toString(), "../specs/two-phase-commit-txs.lstep", "--model",
                "small", "--map", "TM = merge(TM)");
        assertEquals(0, refines.exit(), refines.err());
        assertTrue(refines.out().contains("(TM = merge(TM), ResourceManager.state = ResourceManager.state)")
                && refines.out().contains("Result: refines"), refines.out());
        CliTest.Run unmerged = CliTest.run("refines", out.toString(), "../specs/two-phase-commit-txs.lstep", "--model",
                "small");
        assertEquals(2, unmerged.exit());
        assertTrue(unmerged.err().contains("LS296"), unmerged.err());
        CliTest.Run badMerge = CliTest.run("refines", out.toString(), "../specs/two-phase-commit-txs.lstep", "--model",
                "small", "--map", "TM = merge(Coordinator)");
        assertEquals(2, badMerge.exit());
        assertTrue(badMerge.err().contains("LS295") && badMerge.err().contains("Coordinator"), badMerge.err());
    }

    @Test
    void partitionRefusesAGuardAcrossKeysNamingTheLineAndSummarizesInJson() throws IOException {
        CliTest.Run bad = CliTest.run("transform", "partition", "../specs/analysis/two-phase-commit-txs-batch.lstep",
                "--role", "TM", "--shards", "2");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("two-phase-commit-txs-batch.lstep:32:29: error[LS280]"), bad.err());
        CliTest.Run json = CliTest.run("transform", "partition", "../specs/two-phase-commit-txs.lstep", "--role", "TM",
                "--shards", "3", "--models", "small", "--format", "json");
        assertEquals(0, json.exit(), json.err());
        JsonNode j = new ObjectMapper().readTree(json.out());
        assertEquals("partition", j.get("transform").asText());
        assertEquals(3, j.get("shards").asInt());
        assertTrue(j.get("spec").asText().contains("\nmodel small {") && !j.get("spec").asText().contains("\nmodel rm3"));
    }

    @Test
    void decoupleAndReplicateWriteTheLibrarySpecsAndRefuseWithExitTwo() throws IOException {
        CliTest.Run dec = CliTest.run("transform", "decouple", ORIGINAL, "--action", "TM.Commit", "--proxies", "2",
                "--models", "small,rm2");
        assertEquals(0, dec.exit(), dec.err());
        assertEquals(Files.readString(Path.of("../specs/two-phase-commit-decoupled.lstep")), dec.out());
        CliTest.Run fifo = CliTest.run("transform", "decouple", "../specs/lamport-mutex.lstep", "--action", "P.Request",
                "--proxies", "2");
        assertEquals(2, fifo.exit());
        assertTrue(fifo.err().contains("lamport-mutex.lstep:25:1: error[LS283]"), fifo.err());
        CliTest.Run rep = CliTest.run("transform", "replicate", "../specs/paxos.lstep", "--role", "Learner",
                "--replicas", "3", "--models", "tiny", "--format", "json");
        assertEquals(0, rep.exit(), rep.err());
        JsonNode j = new ObjectMapper().readTree(rep.out());
        assertEquals(Files.readString(Path.of("../specs/paxos-learners-replicated.lstep")), j.get("spec").asText());
        CliTest.Run acceptor = CliTest.run("transform", "replicate", "../specs/paxos.lstep", "--role", "Acceptor",
                "--replicas", "2");
        assertEquals(2, acceptor.exit());
        assertTrue(acceptor.err().contains("paxos.lstep:69:10: error[LS285]"), acceptor.err());
    }

    /** partition, decouple and replicate are built from a table: their usage, errors and notes as users see them. */
    @Test
    void theTableBuiltSubcommandsHaveTheirOptionsUsageAndNote(@TempDir Path dir) {
        String commands = CliTest.run("transform", "--help").out();
        assertTrue(commands.matches("(?s).*reliable.*\\n  partition.*\\n  decouple.*\\n  replicate.*"), commands);
        String help = CliTest.run("transform", "decouple", "--help").out();
        assertTrue(help.startsWith("Usage: lockstep transform decouple [-hV] --action=R.A [--format=<format>]")
                && help.contains("--proxies=K") && help.contains("The number of proxies.")
                && help.contains("Route an action's broadcast through K proxy nodes"), help);
        CliTest.Run missing = CliTest.run("transform", "replicate", ORIGINAL, "--role", "TM");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("lockstep transform replicate: Missing required option: '--replicas=K'"),
                missing.err());
        CliTest.Run notInt = CliTest.run("transform", "partition", ORIGINAL, "--role", "TM", "--shards", "x");
        assertEquals(2, notInt.exit());
        assertTrue(notInt.err().contains("Invalid value for option '--shards': 'x' is not an int"), notInt.err());
        Path out = dir.resolve("out.lstep");
        CliTest.Run wrote = CliTest.run("transform", "decouple", ORIGINAL, "--action", "TM.Commit", "--proxies", "2",
                "-o", out.toString());
        assertEquals(0, wrote.exit(), wrote.err());
        assertEquals("Wrote " + out + " (TM.Commit broadcasts through 2 proxies; check it against the original with "
                + "`lockstep refines " + out + " " + ORIGINAL + " --model M`)\n", wrote.out());
    }
}
