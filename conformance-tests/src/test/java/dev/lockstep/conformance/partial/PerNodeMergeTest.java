package dev.lockstep.conformance.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem.Bug;
import dev.lockstep.lang.eval.ModelInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written two-phase commit, each node logging its sends and decisions to a file of its own with its Lamport
 * clock, its vector clock and a wall-clock timestamp from a clock that is off by up to 35 ms
 * ({@code specs/partial/two-phase-commit.per-node.json}). Merged by either clock, every run matches; with the files
 * simply put one after the other, some runs do not (those where the TM's file, first, commits before the votes). Merged by timestamps, every run matches when the declared skew covers the
 * clocks' errors, and some do not when it is too small. Missing, malformed or backward clocks are bad input naming
 * the file and line.
 */
class PerNodeMergeTest {
    static final Path MAPPING = Path.of("../specs/partial/two-phase-commit.per-node.json");
    /** The nodes' clock errors: r1's clock is 20 ms ahead, r2's 15 ms behind (35 ms apart at most). */
    static final Map<String, Long> OFFSETS = Map.of("tm", 0L, "r1", 20L, "r2", -15L, "r3", 8L);
    static final int SEEDS = 25;
    static ModelInstance model;
    static PartialMapping mapping;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        model = ConformanceHarness.load(Path.of("../specs/two-phase-commit.lstep"), "small");
        mapping = PartialMapping.load(MAPPING, model);
    }

    /** Runs seed and writes its per-node logs to dir/seed-N; returns that folder. */
    Path run(long seed) throws Exception {
        Path runDir = dir.resolve("seed-" + seed);
        try (PerNodeLogs logs = new PerNodeLogs(runDir, new TwoPhaseCommitLogs(false), OFFSETS)) {
            TwoPhaseCommitSystem.run(seed, logs, Bug.NONE);
        }
        return runDir;
    }

    PartialResult merged(Path run, PartialMapping m, Duration skew) {
        return new PerNodeChecker(model, m, PartialTraceChecker.DEFAULT_MAX_HIDDEN_STEPS,
                PartialTraceChecker.DEFAULT_MAX_STATES, skew).check(run);
    }

    @Test
    void perNodeLogsMatchMergedByClocksAndNotOneAfterTheOther() throws Exception {
        Path vectorMapping = Files.writeString(dir.resolve("vc.json"),
                Files.readString(MAPPING).replace("\"clock\": \"lc\"", "\"clock\": \"vc\""));
        PartialMapping byVector = PartialMapping.load(vectorMapping, model);
        PartialTraceChecker oneFile = new PartialTraceChecker(model, mapping, PartialTraceChecker.DEFAULT_MAX_HIDDEN_STEPS);
        int concatenatedFail = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Path run = run(seed);
            PartialResult lamport = merged(run, mapping, null);
            assertTrue(lamport.matches(), () -> PartialReport.text(model, lamport));
            PartialResult vector = merged(run, byVector, null);
            assertTrue(vector.matches(), () -> PartialReport.text(model, vector));
            assertEquals(lamport.matched(), vector.matched());
            // The same lines, each node's file after the other's, as if no clock were read.
            List<String> concatenated = new ArrayList<>();
            for (String node : List.of("tm", "r1", "r2", "r3")) {
                Path f = run.resolve(node + ".log");
                if (Files.exists(f)) concatenated.addAll(Files.readAllLines(f));
            }
            Path flat = Files.write(dir.resolve("flat-" + seed + ".log"), concatenated);
            if (!oneFile.check(flat).matches()) concatenatedFail++;
        }
        System.out.printf("per-node 2PC: %d of %d runs match merged by clocks; %d of them fail with the files one "
                + "after the other%n", SEEDS, SEEDS, concatenatedFail);
        assertTrue(concatenatedFail > 0, "the order between the files should matter on some runs");
    }

    @Test
    void theSkewBoundDecidesWhichOrdersOfTimestampsAreSearched() throws Exception {
        int tooSmallFail = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Path run = run(seed);
            PartialResult covered = merged(run, mapping, Duration.ofMillis(35));
            assertTrue(covered.matches(), () -> PartialReport.text(model, covered));
            PartialResult tooSmall = merged(run, mapping, Duration.ofMillis(1));
            assertTrue(tooSmall.status() != PartialResult.Status.BAD_INPUT, () -> PartialReport.text(model, tooSmall));
            if (!tooSmall.matches()) {
                if (tooSmallFail++ == 0) {
                    String text = PartialReport.text(model, tooSmall);
                    assertTrue(text.contains("merged by timestamps in field 'ts', skew up to 1 ms"), text);
                    System.out.println(text);
                }
            }
        }
        System.out.printf("per-node 2PC by timestamps: %d of %d runs match with skew 35 ms, %d fail with 1 ms%n",
                SEEDS, SEEDS, tooSmallFail);
        assertTrue(tooSmallFail > 0, "a skew bound below the clocks' errors should reject some runs");
    }

    Path logs(String tm, String r1) throws Exception {
        Path run = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(run.resolve("tm.log"), tm);
        Files.writeString(run.resolve("r1.log"), r1);
        return run;
    }

    static final String R1 = """
            {"ev":"send","node":"r1","msgs":[{"kind":"PREPARED","to":"tm","rm":"r1"}],"lc":1,"ts":3}
            """;

    void assertBad(PartialResult r, String file, long line, String text) {
        String report = PartialReport.text(model, r);
        assertEquals(PartialResult.Status.BAD_INPUT, r.status(), report);
        assertEquals("LS945", r.failure().code(), report);
        assertTrue(r.failure().origin().file().endsWith(file), report);
        assertEquals(line, r.failure().origin().line(), report);
        assertTrue(report.contains(text), report);
    }

    @Test
    void missingMalformedAndBackwardClocksAreBadInputAtTheirLine() throws Exception {
        String decide = "{\"ev\":\"decide\",\"node\":\"tm\",\"outcome\":\"ABORT\"";
        String abort = "{\"ev\":\"send\",\"node\":\"tm\",\"msgs\":[{\"kind\":\"ABORT\",\"to\":\"r1\"},"
                + "{\"kind\":\"ABORT\",\"to\":\"r2\"},{\"kind\":\"ABORT\",\"to\":\"r3\"}]";
        assertBad(merged(logs(abort + ",\"lc\":2,\"ts\":1}\n" + decide + ",\"ts\":2}\n", R1), mapping, null),
                "tm.log", 2, "no field 'lc' (the mapping's \"clock\")");
        assertBad(merged(logs(abort + ",\"lc\":2,\"ts\":1}\n" + decide + ",\"lc\":\"two\",\"ts\":2}\n", R1), mapping,
                null), "tm.log", 2, "is not a Lamport clock (an integer) or a vector clock");
        assertBad(merged(logs(abort + ",\"lc\":2,\"ts\":1}\n" + decide + ",\"lc\":1,\"ts\":2}\n", R1), mapping, null),
                "tm.log", 2, "goes back from 2 at");
        assertBad(merged(logs(abort + ",\"lc\":{\"tm\":1},\"ts\":1}\n", R1), mapping, null),
                "tm.log", 1, "holds a vector clock, but a Lamport clock at");
        assertBad(merged(logs(abort + ",\"lc\":2,\"ts\":\"yesterday\"}\n", R1), mapping, Duration.ofMillis(5)),
                "tm.log", 1, "is not a timestamp");
        assertBad(merged(logs(abort + ",\"lc\":2,\"ts\":9}\n" + decide + ",\"lc\":3,\"ts\":4}\n", R1), mapping,
                Duration.ofMillis(5)), "tm.log", 2, "goes back from 9 ms at");
        // Well-formed, the same two logs match.
        assertTrue(merged(logs(abort + ",\"lc\":2,\"ts\":4}\n" + decide + ",\"lc\":3,\"ts\":5}\n", R1), mapping,
                Duration.ofMillis(5)).matches());
    }

    @Test
    void aMergeBeyondMaxStatesStopsWithLs942() throws Exception {
        Path run = run(0);
        PartialResult r = new PerNodeChecker(model, mapping, PartialTraceChecker.DEFAULT_MAX_HIDDEN_STEPS, 2,
                Duration.ofMillis(35)).check(run);
        assertEquals(PartialResult.Status.BAD_INPUT, r.status(), PartialReport.text(model, r));
        assertEquals("LS942", r.failure().code());
    }

    @Test
    void aMappingWithoutTheFieldToMergeByIsRefused() throws Exception {
        PartialMapping plain = PartialMapping.load(Path.of("../specs/partial/two-phase-commit.sends-decisions.json"),
                model);
        PartialInputException noClock = assertThrows(PartialInputException.class, () -> merged(dir, plain, null));
        assertEquals("LS940", noClock.code().id());
        assertTrue(noClock.getMessage().contains("names no \"clock\""), noClock.getMessage());
        PartialInputException noTime = assertThrows(PartialInputException.class,
                () -> merged(dir, plain, Duration.ofMillis(5)));
        assertTrue(noTime.getMessage().contains("as \"time\""), noTime.getMessage());
    }
}
