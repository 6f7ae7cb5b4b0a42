package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockstep bench-tlc --reference}: TLC on the generated module and on a given one, side by side. */
class BenchTlcCommandTest {
    /** A module TLC accepts, with one .cfg per model of two-phase commit: the golden translation itself. */
    static final Path GOLDEN = Path.of("../model-check/src/test/resources/golden/tla/two-phase-commit/TwoPhaseCommit.tla");

    @Test
    void comparesTlcOnTheGeneratedModuleWithTheReference() {
        CliTest.Run r = CliTest.run("bench-tlc", CliTest.TWO_PHASE.toString(), "--models", "small", "--runs", "1",
                "--tlc-only", "--reference", GOLDEN.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("TLC on generated"), r.out());
        assertTrue(r.out().contains("on TwoPhaseCommit.tla"), r.out());
        assertTrue(r.out().contains("(288 distinct, 1,146 generated)"), r.out());
        assertFalse(r.out().contains("not the same model"), r.out());
    }

    @Test
    void withTheExplorerItComparesItWithTlcOnBothModulesInOneRun() throws IOException {
        CliTest.Run r = CliTest.run("bench-tlc", CliTest.TWO_PHASE.toString(), "--models", "small", "--runs", "1",
                "--warmup", "0", "--reference", GOLDEN.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.out() + r.err());
        var row = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("results").get(0);
        assertEquals(288, row.get("explorerDistinct").asLong());
        assertEquals(288, row.get("tlcDistinct").asLong());
        assertEquals(288, row.get("referenceDistinct").asLong());
        double e = row.get("explorerMedianSeconds").asDouble();
        double ref = row.get("referenceMedianSeconds").asDouble();
        assertEquals(ref / e, row.get("explorerVsReference").asDouble(), 1e-9);
        // The process clock ticks in 10 ms, so a warm explorer on 288 states may take 0 of them; then the CPU
        // speed-up is undefined (null), and otherwise it is the quotient of the two CPU medians.
        double eCpu = row.get("explorerCpuMedianSeconds").asDouble();
        assertTrue(eCpu >= 0, row::toString);
        if (eCpu > 0) {
            assertEquals(row.get("referenceCpuMedianSeconds").asDouble() / eCpu,
                    row.get("explorerVsReferenceCpu").asDouble(), 1e-9);
        } else {
            assertTrue(row.get("explorerVsReferenceCpu").isNull(), row::toString);
        }
        assertTrue(row.get("tlcCpuMedianSeconds").asDouble() > 0, row::toString);
    }

    @Test
    void aMissingConfigurationIsBadInput(@TempDir Path dir) throws IOException {
        Path module = Files.copy(GOLDEN, dir.resolve("TwoPhaseCommit.tla"));
        CliTest.Run r = CliTest.run("bench-tlc", CliTest.TWO_PHASE.toString(), "--models", "small", "--tlc-only",
                "--reference", module.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("no TLC configuration") && r.err().contains("TwoPhaseCommit_small.cfg"), r.err());
    }

    @Test
    void oneConfigurationForSeveralModelsIsBadInput() {
        CliTest.Run r = CliTest.run("bench-tlc", CliTest.TWO_PHASE.toString(), "--models", "small,rm5", "--tlc-only",
                "--reference", GOLDEN + "#TwoPhaseCommit_small.cfg");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("names one .cfg"), r.err());
    }

    @Test
    void aReferenceThatIsNotATlaFileIsBadInput() {
        CliTest.Run r = CliTest.run("bench-tlc", CliTest.TWO_PHASE.toString(), "--models", "small", "--tlc-only",
                "--reference", "no/such/Module.tla");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("no/such/Module.tla is not a .tla file"), r.err());
    }
}
