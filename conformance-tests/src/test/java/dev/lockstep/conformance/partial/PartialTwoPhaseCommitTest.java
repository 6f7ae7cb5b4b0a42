package dev.lockstep.conformance.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem.Bug;
import dev.lockstep.lang.eval.ModelInstance;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-written two-phase commit, logging only its sends and its decisions ({@link TwoPhaseCommitLogs}, mapping
 * {@code specs/partial/two-phase-commit.sends-decisions.json}): its partial traces match the spec on every seed, and
 * four of its five seeded bugs are still caught from them; the fifth (the Commit sent by the wrong handler) needs
 * the handler named on the send line ({@code two-phase-commit.steps-decisions.json}), and is caught with it.
 */
class PartialTwoPhaseCommitTest {
    static final String SENDS = "../specs/partial/two-phase-commit.sends-decisions.json";
    static final String STEPS = "../specs/partial/two-phase-commit.steps-decisions.json";
    static final int SEEDS = 100;
    static ModelInstance model;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        model = ConformanceHarness.load(Path.of("../specs/two-phase-commit.lstep"), "small");
    }

    /** Runs {@code seed}, logs it through the projection, and checks the log. */
    PartialResult run(long seed, Bug bug, String mapping, boolean withActions, long[] counts) throws Exception {
        Path log = dir.resolve("seed-" + seed + ".log");
        try (ProjectedLog sinks = new ProjectedLog(log, new TwoPhaseCommitLogs(withActions))) {
            TwoPhaseCommitSystem.run(seed, sinks, bug);
            counts[0] += sinks.events();
            counts[1] += sinks.lines();
        }
        PartialMapping m = PartialMapping.load(Path.of(mapping), model);
        return new PartialTraceChecker(model, m, PartialTraceChecker.DEFAULT_MAX_HIDDEN_STEPS).check(log);
    }

    @Test
    void sendsAndDecisionsOfTheCorrectImplementationMatchOnEverySeed() throws Exception {
        long[] counts = new long[2];
        for (long seed = 0; seed < SEEDS; seed++) {
            PartialResult r = run(seed, Bug.NONE, SENDS, false, counts);
            assertTrue(r.matches(), () -> PartialReport.text(model, r));
        }
        // The logs are partial: a full trace has many more events (inits, receives, own aborts) than they have lines.
        System.out.printf("partial 2PC: %d log lines for %d trace events%n", counts[1], counts[0]);
        assertTrue(counts[1] * 2 < counts[0], "log lines " + counts[1] + " vs trace events " + counts[0]);
    }

    @Test
    void theHandlerNamingLogMatchesToo() throws Exception {
        for (long seed = 0; seed < SEEDS; seed++) {
            PartialResult r = run(seed, Bug.NONE, STEPS, true, new long[2]);
            assertTrue(r.matches(), () -> PartialReport.text(model, r));
        }
    }

    /** The seeds (of {@link #SEEDS}) whose partial log of {@code bug} matches no behaviour of the spec. */
    private int caught(Bug bug, String mapping, boolean withActions, StringBuilder firstReport) throws Exception {
        int caught = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            PartialResult r = run(seed, bug, mapping, withActions, new long[2]);
            assertTrue(r.status() != PartialResult.Status.BAD_INPUT, () -> PartialReport.text(model, r));
            if (!r.matches()) {
                if (caught++ == 0) firstReport.append(PartialReport.text(model, r));
            }
        }
        return caught;
    }

    @ParameterizedTest
    @EnumSource(value = Bug.class, names = {"COMMIT_BEFORE_ALL_PREPARED", "FORGET_ABORT", "WRONG_DESTINATION",
            "SKIP_STATE_CHANGE"})
    void fourSeededBugsAreCaughtFromSendsAndDecisions(Bug bug) throws Exception {
        StringBuilder report = new StringBuilder();
        int caught = caught(bug, SENDS, false, report);
        System.out.printf("partial 2PC %s: caught on %d of %d seeds%n%s", bug, caught, SEEDS, report);
        assertTrue(caught > 0, bug + " is never caught");
        assertTrue(report.toString().contains("candidates before this event"), report.toString());
    }

    @Test
    void aCommitSentByTheWrongHandlerNeedsTheHandlerInTheLog() throws Exception {
        StringBuilder report = new StringBuilder();
        assertEquals(0, caught(Bug.SEND_BEFORE_CAUSE, SENDS, false, report),
                "sends and decisions alone cannot tell which step sent the Commit: " + report);
        int caught = caught(Bug.SEND_BEFORE_CAUSE, STEPS, true, report);
        System.out.printf("partial 2PC SEND_BEFORE_CAUSE with handlers: caught on %d of %d seeds%n%s", caught, SEEDS,
                report);
        assertTrue(caught > 0);
        assertTrue(report.toString().contains("TM[tm].ReceivePrepared"), report.toString());
    }
}
