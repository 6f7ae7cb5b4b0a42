package dev.lockstep.conformance.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem.Bug;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.logback.Logback;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-written two-phase commit's own SLF4J log statements (its sends, structured; its decisions, legacy text),
 * turned into a partial trace by {@code PartialTraceAppender} as configured in {@code two-phase-commit-logback.xml},
 * checked with {@code specs/partial/two-phase-commit.sends-decisions.json}. The run records no trace
 * ({@link TraceSinks#OFF}): the appender's file is all there is. In this package to compare with
 * {@link TwoPhaseCommitLogs}, the projection of the full trace that stands for the same logging in the checker's
 * own tests: the files are equal on every seed, with and without the four bugs caught from sends and decisions.
 */
class TwoPhaseCommitLogbackTest {
    static final Path SPEC = Path.of("../specs/two-phase-commit.lstep");
    static final Path SENDS = Path.of("../specs/partial/two-phase-commit.sends-decisions.json");
    static final int SEEDS = 100;
    static final ObjectMapper JSON = new ObjectMapper();
    static ModelInstance model;
    static PartialMapping mapping;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        model = ConformanceHarness.load(SPEC, "small");
        mapping = PartialMapping.load(SENDS, model);
    }

    /** Runs {@code seed} with Logback configured from the test's {@code logback.xml}; the appender's file. */
    private Path logged(long seed, Bug bug) throws IOException {
        Path log = dir.resolve("slf4j-" + bug + "-" + seed + ".log");
        LoggerContext context = Logback.global("two-phase-commit-logback.xml", Map.of("trace.file", log.toString()));
        try {
            TwoPhaseCommitSystem.run(seed, TraceSinks.OFF, bug);
        } finally {
            context.reset(); // stops the appender: the run's file is complete
        }
        return log;
    }

    /** The same run's full trace projected to sends and decisions, as {@code PartialTwoPhaseCommitTest} logs it. */
    private Path projected(long seed, Bug bug) throws IOException {
        Path log = dir.resolve("projected-" + bug + "-" + seed + ".log");
        try (ProjectedLog sinks = new ProjectedLog(log, new TwoPhaseCommitLogs(false))) {
            TwoPhaseCommitSystem.run(seed, sinks, bug);
        }
        return log;
    }

    private static List<JsonNode> lines(Path log) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(log)) out.add(JSON.readTree(line));
        return out;
    }

    private static PartialResult check(Path log) {
        return new PartialTraceChecker(model, mapping, PartialTraceChecker.DEFAULT_MAX_HIDDEN_STEPS).check(log);
    }

    @Test
    void theCorrectImplementationsSlf4jLogMatchesOnEverySeed() throws IOException {
        long lineCount = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Path log = logged(seed, Bug.NONE);
            // the log statements say what the projection of the full trace says, line for line
            assertEquals(lines(projected(seed, Bug.NONE)), lines(log), "seed " + seed);
            PartialResult r = check(log);
            assertTrue(r.matches(), () -> PartialReport.text(model, r));
            lineCount += r.matched();
        }
        System.out.printf("2PC over SLF4J/Logback: %d log lines of %d seeds match%n", lineCount, SEEDS);
        assertTrue(lineCount > 4 * SEEDS, "too few lines logged: " + lineCount);
    }

    @ParameterizedTest
    @EnumSource(value = Bug.class, names = {"COMMIT_BEFORE_ALL_PREPARED", "FORGET_ABORT", "WRONG_DESTINATION",
            "SKIP_STATE_CHANGE"})
    void theSeededBugsAreCaughtFromTheAppendersLog(Bug bug) throws IOException {
        int caught = 0;
        String firstReport = null;
        for (long seed = 0; seed < SEEDS; seed++) {
            Path log = logged(seed, bug);
            assertEquals(lines(projected(seed, bug)), lines(log), "seed " + seed);
            PartialResult r = check(log);
            assertTrue(r.status() != PartialResult.Status.BAD_INPUT, () -> PartialReport.text(model, r));
            if (!r.matches() && caught++ == 0) firstReport = PartialReport.text(model, r);
        }
        System.out.printf("2PC over SLF4J/Logback, %s: caught on %d of %d seeds%n%s", bug, caught, SEEDS, firstReport);
        assertTrue(caught > 0, bug + " is never caught");
        assertTrue(firstReport.contains("candidates before this event"), firstReport);
    }
}
