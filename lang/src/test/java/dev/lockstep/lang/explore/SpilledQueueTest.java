package dev.lockstep.lang.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.explore.store.SpillFile;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BFS queue written to disk when a level outgrows its memory share: the same figures as in memory, files gone
 * afterwards, and a clean LS709 when the files cannot be written. (The library models are compared with and without
 * spilling, with 1 and 2 workers, in the specs module's {@code ParallelExplorerTest}.)
 */
class SpilledQueueTest {
    /** x and y each count to 3: 16 states in 7 levels (x + y = 0..6), 24 successors plus the initial state. */
    private static final String GRID = """
            protocol Grid
            const A: node
            role R at {A} {
              var x: int = 0
              var y: int = 0
              auto action IncX when x < 3 do x' = x + 1
              auto action IncY when y < 3 do y' = y + 1
            }
            model m { A = a }
            """;

    @Test
    void aSpilledQueueGivesTheSameFiguresAndLeavesNoFiles(@TempDir Path dir) throws IOException {
        ExploreOptions options = ExplorerTest.NO_DEADLOCK.withQueueInMemory(1).withSpillDirectory(dir);
        for (int workers : new int[] {1, 2}) {
            ExploreResult r = ExplorerTest.explore(GRID, "m", options.withWorkers(workers));
            ExplorerTest.assertCounts(r, ExploreResult.Status.HOLDS, 16, 25, 7);
            // Levels of 1, 2, 3, 4, 3, 2, 1 states, one of each held: 9 written.
            assertEquals(9, r.spilledStates(), "states spilled");
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.toList(), "the queue's files are deleted");
            }
        }
        ExploreResult inMemory = ExplorerTest.explore(GRID, "m", ExplorerTest.NO_DEADLOCK);
        ExplorerTest.assertCounts(inMemory, ExploreResult.Status.HOLDS, 16, 25, 7);
        assertEquals(0, inMemory.spilledStates(), "the default share holds this queue in memory");
    }

    @Test
    void aQueueThatCannotBeWrittenStopsWithLs709(@TempDir Path dir) {
        ExploreOptions options = ExplorerTest.NO_DEADLOCK.withQueueInMemory(1)
                .withSpillDirectory(dir.resolve("missing"));
        ExploreResult r = ExplorerTest.explore(GRID, "m", options);
        assertEquals(ExploreResult.Status.LIMIT_REACHED, r.status());
        assertEquals(Code.QUEUE_SPILL_FAILED, r.fault().code());
        assertTrue(r.fault().message().contains("missing"), r.fault().message());
    }

    @Test
    void aSpillFileReadsBackEachStateByOffsetAndIsDeletedOnClose(@TempDir Path dir) throws IOException {
        State small = new State(new Value[] {IntV.of(-7), new StrV("a")});
        State large = new State(new Value[] {new StrV("x".repeat(100_000))}); // larger than the write buffer
        SpillFile file = SpillFile.create(dir);
        long[] at = {file.append(small), file.append(large), file.append(small)};
        file.finishWriting();
        assertEquals(large, file.read(at[1]));
        assertEquals(small, file.read(at[2]));
        assertEquals(small, file.read(at[0]));
        file.close();
        try (Stream<Path> left = Files.list(dir)) {
            assertFalse(left.findAny().isPresent(), "closing deletes the file");
        }
    }
}
