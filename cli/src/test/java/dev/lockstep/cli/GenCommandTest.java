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

/** {@code lockstep gen}: files written, exit codes, JSON, and LS850 for constructs outside the Java fragment. */
class GenCommandTest {

    @Test
    void generatesThePackage(@TempDir Path out) throws IOException {
        CliTest.Run r = CliTest.run("gen", CliTest.TWO_PHASE.toString(), "--out", out.toString(), "--package", "com.acme.tpc");
        assertEquals(0, r.exit(), r.err());
        Path dir = out.resolve("com/acme/tpc");
        assertTrue(Files.exists(dir.resolve("TMMachine.java")));
        assertTrue(Files.exists(dir.resolve("TwoPhaseCommitProtocol.java")));
        assertTrue(Files.readString(dir.resolve("TMMachine.java")).startsWith("package com.acme.tpc;"));
        assertTrue(r.out().contains("Generated 14 files for protocol TwoPhaseCommit"), r.out());
    }

    @Test
    void modelOptionKeepsOneModelAndRejectsUnknownOnes(@TempDir Path out) throws IOException {
        CliTest.Run r = CliTest.run("gen", CliTest.TWO_PHASE.toString(), "--out", out.toString(), "--package", "p",
                "--model", "rm5", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("ok").asBoolean());
        String constants = Files.readString(out.resolve("p/TwoPhaseCommitConstants.java"));
        assertTrue(constants.contains("rm5()"));
        assertFalse(constants.contains("small()"));

        CliTest.Run bad = CliTest.run("gen", CliTest.TWO_PHASE.toString(), "--out", out.toString(), "--package", "p",
                "--model", "nope");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("LS605"), bad.err());
    }

    @Test
    void badPackageIsAUsageError(@TempDir Path out) {
        CliTest.Run r = CliTest.run("gen", CliTest.TWO_PHASE.toString(), "--out", out.toString(), "--package", "1bad.x");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("not a Java package name"), r.err());
    }

    @Test
    void unsupportedConstructIsLS850WithLocation(@TempDir Path dir) throws IOException {
        Path spec = dir.resolve("pairs.lstep");
        Files.writeString(spec, """
                protocol Pairs
                const N: set<node>
                role R at N {
                  var p: <<int, bool>> = <<1, TRUE>>
                  auto action A when p[2] do p' = <<2, FALSE>>
                }
                model m { N = {n1} }
                """);
        CliTest.Run r = CliTest.run("gen", spec.toString(), "--out", dir.resolve("out").toString(), "--package", "p",
                "--format", "json");
        assertEquals(2, r.exit(), r.out());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("LS850", json.get("diagnostics").get(0).get("code").asText());
        assertEquals(4, json.get("diagnostics").get(0).get("line").asInt());
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
