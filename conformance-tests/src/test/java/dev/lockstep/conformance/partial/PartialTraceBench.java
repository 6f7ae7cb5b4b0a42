package dev.lockstep.conformance.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem.Bug;
import dev.lockstep.lang.eval.ModelInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partial-trace figure of docs/benchmarks.md: 3,000 runs of the hand-written two-phase commit, each logged as
 * sends and decisions only, checked one file per run (the checker built once, as {@code conform --partial DIR}
 * does). Tagged long: the default build does not run it.
 */
@Tag("long")
class PartialTraceBench {
    @TempDir
    Path dir;

    @Test
    void threeThousandPartialTracesOfTwoPhaseCommit() throws Exception {
        ModelInstance model = ConformanceHarness.load(Path.of("../specs/two-phase-commit.lstep"), "small");
        PartialMapping mapping = PartialMapping.load(
                Path.of("../specs/partial/two-phase-commit.sends-decisions.json"), model);
        int runs = Integer.getInteger("partial.runs", 3000);
        // -Dpartial.keep=DIR keeps the logs, for the side-by-side run with TLC (conformance-tests/src/test/tlc).
        Path dir = System.getProperty("partial.keep") == null ? this.dir
                : Files.createDirectories(Path.of(System.getProperty("partial.keep")));
        long lines = 0;
        for (long seed = 0; seed < runs; seed++) {
            try (ProjectedLog sinks = new ProjectedLog(dir.resolve("seed-" + seed + ".log"),
                    new TwoPhaseCommitLogs(false))) {
                TwoPhaseCommitSystem.run(seed, sinks, Bug.NONE);
                lines += sinks.lines();
            }
        }
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            PartialTraceChecker checker = new PartialTraceChecker(model, mapping,
                    PartialTraceChecker.DEFAULT_MAX_HIDDEN_STEPS);
            int matching = 0;
            long visited = 0;
            for (Path f : files) {
                PartialResult r = checker.check(f);
                if (r.matches()) matching++;
                visited += r.statesVisited();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "partial bench round %d: %d traces (%,d lines) in %.2f s: %.0f traces/s,"
                    + " %,.0f lines/s, %,d states visited%n", round, runs, lines, seconds, runs / seconds,
                    lines / seconds, visited);
            assertEquals(runs, matching);
        }
    }
}
