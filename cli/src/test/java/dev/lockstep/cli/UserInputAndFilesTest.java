package dev.lockstep.cli;

import static dev.lockstep.cli.CliTest.TWO_PHASE;
import static dev.lockstep.cli.CliTest.run;
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

/**
 * What the CLI says about the user's inputs and files: simulate's faults and checks, run's --input, conform on
 * empty traces and seed folders, output paths that cannot be written.
 */
class UserInputAndFilesTest {
    static final String SPEC = TWO_PHASE.toString();
    static final String INPUTS = "src/test/resources/input-params.lstep";

    @TempDir
    Path dir;

    @Test
    void simulateRefusesFaultsTheNetworkCannotHave() {
        CliTest.Run drop = run("simulate", SPEC, "--model", "small", "--drop", "0.1");
        assertEquals(2, drop.exit(), drop.out() + drop.err());
        assertTrue(drop.err().contains("--drop 0.1: the network of TwoPhaseCommit (set) is not lossy"), drop.err());
        CliTest.Run dup = run("simulate", INPUTS, "--dup", "0.2");
        assertEquals(2, dup.exit(), dup.out() + dup.err());
        assertTrue(dup.err().contains("--dup 0.2: the network of Inputs (bag) never delivers a message twice"), dup.err());
        // A set network may deliver a message again: --dup is meaningful there.
        assertEquals(0, run("simulate", SPEC, "--model", "small", "--dup", "0.2", "--seeds", "3").exit());
    }

    @Test
    void simulateWithADescriptorAndNoCheckSaysNothingIsChecked() throws IOException {
        CliTest.Run r = run("simulate", "--descriptor", RuntimeCommandsTest.TPC);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("no --check given, so nothing is checked"), r.err());
        assertTrue(r.out().contains("Result: nothing checked (no --check given)"), r.out());
        CliTest.Run json = run("simulate", "--descriptor", RuntimeCommandsTest.TPC, "--format", "json");
        assertEquals("not-checked", new ObjectMapper().readTree(json.out()).get("status").asText());
    }

    @Test
    void runInputsTakeParametersMatchedAgainstTheirDomains() throws IOException {
        CliTest.Run r = run("run", INPUTS, "--input", "a:Put(v=2, c=green, dest=b)", "--input", "b:Put(dest=a,v=3,c=red)",
                "--seconds", "0.3", "--format", "json");
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("FIRED", json.get("inputs").get(0).get("result").asText());
        assertEquals("FIRED", json.get("inputs").get(1).get("result").asText());
        JsonNode a = json.get("nodes").get("a").get("state");
        assertEquals("2", a.get("last").get("#bigint").asText());
        assertEquals("green", a.get("colour").asText());
        assertEquals("b", a.get("peer").asText());
        assertEquals("a", json.get("nodes").get("b").get("state").get("peer").asText());

        CliTest.Run outside = run("run", INPUTS, "--input", "a:Put(v=9, c=red, dest=b)", "--seconds", "0.3");
        assertEquals(2, outside.exit(), outside.out());
        assertTrue(outside.out().contains("v = 9 is not in its domain [1, 2, 3]"), outside.out());
    }

    @Test
    void runRefusesBadInputsBeforeAnyNodeStarts() {
        String[][] cases = {
                {"r1:Nope", "node r1 has no action Nope (its input actions are [Prepare, ChooseAbort])"},
                {"tm:Commit", "Commit is not an input action (it is triggered by the node itself (auto)); tm has no input actions"},
                {"r9:Prepare", "node r9 is not a node this process runs (its nodes are [r1, r2, r3, tm])"},
                {"r1:Prepare(x=1)", "action Prepare takes the parameters [], given [x]"},
                {"r1:Prepare(", "expected NODE:ACTION or NODE:ACTION(param=value, ...)"},
                {"Prepare", "expected NODE:ACTION"},
        };
        for (String[] c : cases) {
            CliTest.Run r = run("run", SPEC, "--model", "small", "--input", c[0], "--seconds", "5");
            assertEquals(2, r.exit(), c[0] + ": " + r.out() + r.err());
            assertTrue(r.err().contains("--input " + c[0] + ": " + c[1]), r.err());
            assertFalse(r.out().contains("Running"), "nodes started for " + c[0]);
        }
        CliTest.Run twice = run("run", INPUTS, "--input", "a:Put(v=1, v=2, c=red, dest=a)", "--seconds", "5");
        assertTrue(twice.err().contains("parameter v is given twice"), twice.err());
        CliTest.Run partial = run("run", INPUTS, "--input", "a:Put(v=1)", "--seconds", "5");
        assertTrue(partial.err().contains("takes the parameters [v, c, dest], given [v]"), partial.err());
    }

    @Test
    void conformOnTracesWithoutEventsIsBadInput() throws IOException {
        Files.writeString(dir.resolve("tm.ndjson"), "");
        Files.writeString(dir.resolve("r1.ndjson"), "");
        CliTest.Run r = run("conform", SPEC, "--model", "small", dir.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.out().contains("the trace files hold no events: nothing was checked"), r.out());
        assertFalse(r.out().contains("conforms"), r.out());
    }

    @Test
    void conformChecksSimulateSeedFoldersOneBySeed() throws IOException {
        Path traces = dir.resolve("traces");
        CliTest.Run sim = run("simulate", SPEC, "--model", "small", "--seed", "4", "--seeds", "3", "--trace-dir",
                traces.toString());
        assertEquals(0, sim.exit(), sim.err());
        CliTest.Run r = run("conform", SPEC, "--model", "small", traces.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        for (int seed = 4; seed <= 6; seed++) assertTrue(r.out().contains("seed-" + seed + "       conforms"), r.out());
        assertTrue(r.out().contains("Result: conforms (3 of 3 seeds conform"), r.out());

        // One seed's trace altered: that seed diverges, the others still conform, exit 1.
        Path r1 = traces.resolve("seed-5/r1.ndjson");
        Files.writeString(r1, Files.readString(r1).replaceFirst("\"state\":\"working\"", "\"state\":\"prepared\""));
        CliTest.Run diverged = run("conform", SPEC, "--model", "small", traces.toString(), "--format", "json");
        assertEquals(1, diverged.exit(), diverged.out());
        JsonNode json = new ObjectMapper().readTree(diverged.out());
        assertEquals("diverges", json.get("status").asText());
        assertEquals(2, json.get("conforming").asInt());
        assertEquals("seed-5", json.get("runs").get(1).get("run").asText());
        assertEquals("diverges", json.get("runs").get(1).get("status").asText());
    }

    @Test
    void unknownNodesInATraceAreBadInputNotADivergence() throws IOException {
        Files.writeString(dir.resolve("zz.ndjson"), "{\"kind\":\"init\",\"node\":\"zz\",\"role\":\"TM\",\"step\":0,"
                + "\"params\":{},\"sent\":[],\"state\":{},\"lamport\":0,\"vclock\":{\"zz\":0}}\n");
        CliTest.Run r = run("conform", SPEC, "--model", "small", dir.toString());
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.out().contains("node zz is not a node of model small"), r.out());
    }

    @Test
    void genAndCheckRefuseOutputPathsThatAreFiles() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliTest.Run gen = run("gen", SPEC, "--out", file.toString(), "--package", "p.q");
        assertEquals(2, gen.exit(), gen.err());
        assertTrue(gen.err().contains("--out " + file + ": is a file, not a directory"), gen.err());
        CliTest.Run below = run("gen", SPEC, "--out", file.resolve("src").toString(), "--package", "p.q");
        assertEquals(2, below.exit(), below.err());
        assertFalse(below.err().contains("internal error"), below.err());
        CliTest.Run keep = run("check", SPEC, "--model", "small", "--keep-tla", file.toString());
        assertEquals(2, keep.exit(), keep.err());
        assertTrue(keep.err().contains("--keep-tla " + file + ": is a file, not a directory"), keep.err());
        assertTrue(keep.out().isEmpty(), "TLC must not run: " + keep.out());
        CliTest.Run itf = run("check", SPEC, "--model", "small", "--itf", file.resolve("cex.json").toString());
        assertEquals(2, itf.exit(), itf.err());
        assertTrue(itf.out().isEmpty(), "TLC must not run: " + itf.out());
    }

    @Test
    void checkCreatesTheItfFolderSoTheCounterexampleIsKept() throws IOException {
        Path itf = dir.resolve("missing/folder/cex.json");
        CliTest.Run r = run("check", "../specs/buggy/two-phase-commit-eager.lstep", "--model", "small", "--itf",
                itf.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(Files.readString(itf).contains("\"states\""), "ITF written");
        assertTrue(r.out().contains("ITF trace written to " + itf), r.out());
    }

    @Test
    void anUnreadableSpecIsNamedInWordsNotByAnExceptionClass() {
        CliTest.Run missing = run("lint", dir.resolve("nope.lstep").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.out().contains("nope.lstep cannot be read: no such file"), missing.out());
        CliTest.Run folder = run("explore", dir.toString());
        assertEquals(2, folder.exit());
        assertTrue(folder.err().contains("cannot be read: it is a directory, not a spec file"), folder.err());
        assertFalse((missing.out() + folder.err()).contains("Exception"), missing.out() + folder.err());
    }

    @Test
    void pipelineRefusesATraceFolderThatIsAFileBeforeAnyStage() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliTest.Run r = run("pipeline", SPEC, "--model", "small", "--trace-dir", file.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("--trace-dir " + file + ": is a file, not a directory"), r.err());
        assertTrue(r.out().isEmpty(), "no stage ran: " + r.out());
    }
}
