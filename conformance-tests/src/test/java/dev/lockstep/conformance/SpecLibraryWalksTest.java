package dev.lockstep.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Random walks over every library spec's own transition relation, recorded through the runtime's TraceRecorder,
 * conform: the checker agrees with the explorer's semantics on set and fifo networks, parameters, CASE/CHOOSE-heavy
 * specs, multi-role models and quorum receives (paxos-quorum).
 */
class SpecLibraryWalksTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} model {1}")
    @CsvSource({
            "two-phase-commit, small",
            "paxos, tiny",
            "chang-roberts, ring4",
            "minfinder, small",
            "paxos-quorum, small",
    })
    void specWalksConform(String spec, String model) throws Exception {
        ModelInstance m = ConformanceHarness.load(Path.of("../specs/" + spec + ".lstep"), model);
        SpecWalkTraces walks = new SpecWalkTraces(m);
        long events = 0;
        for (long seed = 0; seed < 40; seed++) {
            Path run = Files.createDirectories(dir.resolve(spec + "-" + seed));
            long recorded;
            try (NdjsonTraceSinks sinks = new NdjsonTraceSinks(run)) {
                recorded = walks.walk(seed, 60, sinks);
            }
            ConformanceResult r = TraceChecker.check(m, List.of(run));
            assertTrue(r.conforms(), () -> "seed " + r.divergence() + "\n" + ConformanceReport.divergence(r.divergence()));
            assertEquals(recorded, r.events());
            events += recorded;
        }
        assertTrue(events > 40 * 5, "the walks are too short to test anything: " + events);
    }
}
