package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.NdjsonTraceSinks;
import dev.lockstep.conformance.SpecWalkTraces;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockstep conform}: exit 0 conforms, 1 divergence, 2 bad input; text and JSON reports. */
class ConformCommandTest {
    static final String SPEC = CliTest.TWO_PHASE.toString();

    @TempDir
    Path dir;

    @BeforeEach
    void traces() throws java.io.IOException {
        try (NdjsonTraceSinks sinks = new NdjsonTraceSinks(dir)) {
            new SpecWalkTraces(ConformanceHarness.load(CliTest.TWO_PHASE, "small")).walk(7, 30, sinks);
        }
    }

    @Test
    void conformingTracesExitZero() {
        CliTest.Run r = CliTest.run("conform", SPEC, "--model", "small", dir.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("Result: conforms ("), r.out());
        assertTrue(r.out().contains("in 4 trace files, TwoPhaseCommit model small"), r.out());
    }

    @Test
    void filesMayBeListedOneByOne() throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("conform", SPEC, "--model", "small"));
        try (var files = Files.list(dir)) {
            files.map(Path::toString).sorted().forEach(args::add);
        }
        assertEquals(0, CliTest.run(args.toArray(String[]::new)).exit());
    }

    @Test
    void aDivergenceExitsOneWithTheEventTheDiffAndTheSpecLine() throws IOException {
        Path r1 = dir.resolve("r1.ndjson");
        List<String> lines = Files.readAllLines(r1);
        String init = lines.get(0);
        lines.set(0, init.replace("\"state\":\"working\"", "\"state\":\"prepared\""));
        Files.write(r1, lines);
        CliTest.Run r = CliTest.run("conform", SPEC, "--model", "small", dir.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Result: diverges from TwoPhaseCommit model small at event"), r.out());
        assertTrue(r.out().contains("r1.ndjson:1: bad-init: the initial state of r1 is not its initial state"), r.out());
        assertTrue(r.out().contains("      expected: working\n      actual:   prepared"), r.out());
        assertTrue(r.out().contains("two-phase-commit.lstep:39:3"), r.out());
        assertTrue(r.out().contains("39 |   var state: RMState = working\n      |   ^~~~~~~~~~"), r.out());

        CliTest.Run json = CliTest.run("conform", SPEC, "--model", "small", dir.toString(), "--format", "json");
        assertEquals(1, json.exit());
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertEquals("diverges", tree.get("status").asText());
        assertEquals("bad-init", tree.get("divergence").get("reason").asText());
        assertEquals(1, tree.get("divergence").get("line").asInt());
        assertEquals(39, tree.get("divergence").get("spec").get("line").asInt());
        assertEquals("prepared", tree.get("divergence").get("differences").get(0).get("actual").asText());
    }

    @Test
    void aMalformedTraceExitsTwoNamingTheLine() throws IOException {
        Files.writeString(dir.resolve("tm.ndjson"), "{\"kind\": \"init\"}\n");
        CliTest.Run r = CliTest.run("conform", SPEC, "--model", "small", dir.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("tm.ndjson:1: malformed: missing field 'node'"), r.out());
    }

    /** A sequence delta (docs/runtime.md "Sequence deltas") on a file's first line has nothing to extend. */
    @Test
    void aSequenceDeltaWithoutAnEarlierValueExitsTwoNamingLineAndVariable() throws IOException {
        Path r1 = dir.resolve("r1.ndjson");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(r1));
        lines.set(0, lines.get(0).replaceFirst("\"state\":\\{\"state\":\"[a-z]+\"}",
                "\"state\":{\"state\":{\"#extends\":1,\"#append\":[]}}"));
        Files.write(r1, lines);
        CliTest.Run r = CliTest.run("conform", SPEC, "--model", "small", dir.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("r1.ndjson:1: malformed: state variable 'state': the sequence delta #extends 1 "
                + "has no earlier event of role ResourceManager in this file"), r.out());
        assertTrue(!r.out().contains("\tat ") && !r.err().contains("\tat "), r.err());
    }

    @Test
    void missingTracesAndUnknownModelsAreBadInput() {
        assertEquals(2, CliTest.run("conform", SPEC, "--model", "small", dir.resolve("nope").toString()).exit());
        CliTest.Run r = CliTest.run("conform", SPEC, "--model", "huge", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("LS605"), r.err());
        assertEquals(2, CliTest.run("conform", SPEC, "--model", "small").exit()); // no traces: usage error
    }
}
