package dev.lockstep.lang.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.explore.store.CheckpointFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoint and resume: a resumed search ends as an uninterrupted one (the library models are compared, with 1 and 2
 * workers, symmetric models and a spilled queue among them, in the specs module's {@code ParallelExplorerTest});
 * a checkpoint that is missing, damaged or of another search is refused with a message saying why; a new search
 * never overwrites a checkpoint; a half-written checkpoint does not replace the last whole one.
 */
class CheckpointTest {
    /** x and y each count to 3: 16 states in 7 levels; the invariant breaks at x + y = 5 (depth 6). */
    private static final String GRID = """
            protocol Grid
            const A: node
            const Top: int
            role R at {A} {
              var x: int = 0
              var y: int = 0
              auto action IncX when x < 3 do x' = x + 1
              auto action IncY when y < 3 do y' = y + 1
            }
            invariant Low == R[A].x + R[A].y < Top
            model m { A = a  Top = 5 }
            model high { A = a  Top = 9 }
            """;

    private static ExploreOptions.Checkpointing stopAt(Path dir, int depth) {
        return new ExploreOptions.Checkpointing(dir, ExploreOptions.Checkpointing.EVERY, false, depth);
    }

    private static ExploreOptions.Checkpointing resume(Path dir) {
        return new ExploreOptions.Checkpointing(dir, ExploreOptions.Checkpointing.EVERY, true, 0);
    }

    private static ExploreResult run(String text, String model, ExploreOptions.Checkpointing c) {
        return ExplorerTest.explore(text, model, ExplorerTest.NO_DEADLOCK.withCheckpointing(c));
    }

    @Test
    void aResumedSearchFindsTheSameCounterexampleAndCounts(@TempDir Path dir) {
        ExploreResult full = ExplorerTest.explore(GRID, "m", ExplorerTest.NO_DEADLOCK);
        ExploreResult stopped = run(GRID, "m", stopAt(dir, 3));
        assertEquals(ExploreResult.Status.LIMIT_REACHED, stopped.status());
        assertEquals(Code.CHECKPOINT_STOPPED, stopped.fault().code());
        assertEquals(3, stopped.depth());
        assertEquals(6, stopped.distinct(), "levels 0, 1 and 2 of the grid");
        ExploreResult resumed = run(GRID, "m", resume(dir));
        ExplorerTest.assertCounts(resumed, ExploreResult.Status.INVARIANT_VIOLATED, full.distinct(), full.generated(),
                full.depth());
        assertEquals(steps(full), steps(resumed));
    }

    @Test
    void aSearchResumedTwiceStillEndsAsAnUninterruptedOne(@TempDir Path dir) {
        ExploreResult full = ExplorerTest.explore(GRID, "high", ExplorerTest.NO_DEADLOCK);
        assertEquals(Code.CHECKPOINT_STOPPED, run(GRID, "high", stopAt(dir, 2)).fault().code());
        ExploreResult again = run(GRID, "high", new ExploreOptions.Checkpointing(dir,
                ExploreOptions.Checkpointing.EVERY, true, 5));
        assertEquals(5, again.depth(), "the resumed search stopped again, at depth 5");
        ExploreResult resumed = run(GRID, "high", resume(dir));
        ExplorerTest.assertCounts(resumed, ExploreResult.Status.HOLDS, 16, 25, 7);
        assertEquals(full.generated(), resumed.generated());
    }

    @Test
    void checkpointsAreWrittenEveryInterval(@TempDir Path dir) {
        ExploreResult r = run(GRID, "high", new ExploreOptions.Checkpointing(dir, Duration.ofNanos(1), false, 0));
        ExplorerTest.assertCounts(r, ExploreResult.Status.HOLDS, 16, 25, 7);
        assertTrue(CheckpointFile.exists(dir), "the last level's checkpoint is left");
        ExplorerTest.assertCounts(run(GRID, "high", resume(dir)), ExploreResult.Status.HOLDS, 16, 25, 7);
    }

    @Test
    void aNewSearchDoesNotOverwriteACheckpoint(@TempDir Path dir) {
        run(GRID, "m", stopAt(dir, 2));
        var e = assertThrows(CheckpointFile.Invalid.class, () -> run(GRID, "m", stopAt(dir, 3)));
        assertTrue(e.getMessage().contains("already holds a checkpoint"), e.getMessage());
    }

    @Test
    void aCheckpointOfAnotherSearchIsRefused(@TempDir Path dir) {
        run(GRID, "m", stopAt(dir, 2));
        assertRefused("changed since", () -> run(GRID.replace("x < 3", "x < 4"), "m", resume(dir)));
        assertRefused("model m, not high", () -> run(GRID, "high", resume(dir)));
        assertRefused("without --exact", () -> ExplorerTest.explore(GRID, "m",
                ExplorerTest.NO_DEADLOCK.withExact(true).withCheckpointing(resume(dir))));
        assertRefused("deadlock not checked", () -> ExplorerTest.explore(GRID, "m",
                ExploreOptions.defaults().withCheckpointing(resume(dir))));
        assertRefused("no checkpoint in", () -> run(GRID, "m", resume(dir.resolve("elsewhere"))));
    }

    @Test
    void aDamagedCheckpointIsRefused(@TempDir Path dir) throws IOException {
        run(GRID, "m", stopAt(dir, 3));
        Path file = CheckpointFile.file(dir);
        byte[] whole = Files.readAllBytes(file);
        byte[] flipped = whole.clone();
        flipped[whole.length - 20] ^= 0x10; // inside the frontier's last state
        Files.write(file, flipped);
        assertRefused("damaged", () -> run(GRID, "m", resume(dir)));
        Files.write(file, Arrays.copyOf(whole, whole.length - 30));
        assertRefused("damaged", () -> run(GRID, "m", resume(dir)));
        Files.writeString(file, "not a checkpoint");
        assertRefused("is not a Lockstep explore checkpoint", () -> run(GRID, "m", resume(dir)));
    }

    @Test
    void anInterruptedWriteLeavesTheLastWholeCheckpoint(@TempDir Path dir) throws IOException {
        run(GRID, "m", stopAt(dir, 3));
        Files.writeString(dir.resolve(CheckpointFile.NAME + ".partial"), "a write cut short by a crash");
        ExploreResult resumed = run(GRID, "m", resume(dir));
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, resumed.status());
    }

    @Test
    void aCheckpointThatCannotBeWrittenStopsWithLs710(@TempDir Path dir) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "");
        ExploreResult r = run(GRID, "m", stopAt(notADirectory, 2));
        assertEquals(ExploreResult.Status.LIMIT_REACHED, r.status());
        assertEquals(Code.CHECKPOINT_WRITE_FAILED, r.fault().code());
        assertTrue(r.fault().message().contains(notADirectory.toString()), r.fault().message());
        assertFalse(CheckpointFile.exists(notADirectory));
    }

    /** The counterexample's labels and states, comparable across two compilations of the spec. */
    private static String steps(ExploreResult r) {
        StringBuilder b = new StringBuilder();
        for (Trace.Step s : r.counterexample()) b.append(s.label()).append(Arrays.toString(s.state().slots())).append('\n');
        return b.toString();
    }

    private static void assertRefused(String expected, org.junit.jupiter.api.function.Executable run) {
        var e = assertThrows(CheckpointFile.Invalid.class, run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
