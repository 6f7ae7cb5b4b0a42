package dev.lockstep.lang.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Random walks over tiny specs whose walks can be counted by hand (the derivation is in each test's comment). */
class RandomWalksTest {

    static RandomWalks.Result walk(String text, RandomWalks.Options options) {
        Frontend.Compilation c = Frontend.compile("test.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        ModelInstance instance = ModelInstance.bind(c.spec().get(), "m").orElseThrow();
        return new RandomWalks(instance).run(options);
    }

    static final String UNBOUNDED = ExplorerTest.UNBOUNDED;
    static final String COUNTER = ExplorerTest.COUNTER;

    /** x starts anywhere in 0..9 and takes steps of +1 or +2 chosen at random; x = 13 is a bug. */
    static final String BRANCHING = """
            protocol Branching
            const A: node
            role R at {A} {
              var x: int \\in 0..9
              auto action One do x' = x + 1
              auto action Two do x' = x + 2
            }
            invariant NotThirteen == R[A].x /= 13
            model m { A = a }
            """;

    static List<String> shown(List<Trace.Step> trace) {
        List<String> out = new ArrayList<>();
        for (Trace.Step s : trace) {
            out.add((s.label() == null ? "init" : s.label().show()) + " -> " + s.state().slot(0).show());
        }
        return out;
    }

    @Test
    void aWalkWithOneSuccessorPerStepTakesEveryStepUpToTheDepth() {
        // One initial state, one successor per state: each of the 5 walks takes 10 steps, computing one successor
        // per step, so generated = 1 initial + 5 * 10.
        RandomWalks.Result r = walk(UNBOUNDED, RandomWalks.Options.of(5, 10, 42));
        assertEquals(ExploreResult.Status.HOLDS, r.status());
        assertEquals(new RandomWalks.Figures(5, 50, 51, 10, 0, 0, r.figures().elapsed()), r.figures());
        assertFalse(r.failedInWalk());
        assertTrue(r.trace().isEmpty());
    }

    @Test
    void aStateWithoutSuccessorsIsADeadlockWhenCheckedAndADeadEndOtherwise() {
        // x = 0 -> 1 -> 2, and x = 2 has no successor.
        RandomWalks.Result r = walk(COUNTER, RandomWalks.Options.of(3, 10, 7));
        assertEquals(ExploreResult.Status.DEADLOCK, r.status());
        assertEquals(List.of("init -> 0", "R[a].Inc -> 1", "R[a].Inc -> 2"), shown(r.trace()));
        assertEquals(0, r.walkIndex());
        assertEquals(7, r.walkSeed());

        RandomWalks.Result off = walk(COUNTER, RandomWalks.Options.of(3, 10, 7).withDeadlock(false));
        assertEquals(ExploreResult.Status.HOLDS, off.status());
        assertEquals(new RandomWalks.Figures(3, 6, 7, 2, 3, 0, off.figures().elapsed()), off.figures());
    }

    @Test
    void aWalkStopsAtAStateOutsideTheConstraintAfterCheckingIt() {
        // As in TLC's simulator: x = 4 leaves the constraint, so each walk ends there after 4 steps, and the
        // invariants were checked on it.
        String constrained = UNBOUNDED.replace("model m { A = a }", "model m { A = a  constraint R[A].x <= 3 }");
        RandomWalks.Result r = walk(constrained, RandomWalks.Options.of(4, 100, 0));
        assertEquals(ExploreResult.Status.HOLDS, r.status());
        assertEquals(new RandomWalks.Figures(4, 16, 17, 4, 0, 4, r.figures().elapsed()), r.figures());

        String violated = UNBOUNDED.replace("model m { A = a }", "invariant Small == R[A].x < 4\n"
                + "model m { A = a  constraint R[A].x <= 3 }");
        RandomWalks.Result v = walk(violated, RandomWalks.Options.of(4, 100, 0));
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, v.status());
        assertEquals("Small", v.violated());
        assertEquals(5, v.trace().size());
    }

    @Test
    void everySuccessorIsCheckedNotOnlyTheOneTheWalkTakes() {
        // From x = 11, One leads to 12 and Two to 13: whichever the walk takes, 13 is generated and checked. With
        // x starting at 9..11 every walk that reaches 11 reports it; here depth 1 from a spec that starts at 11.
        String fromEleven = BRANCHING.replace("var x: int \\in 0..9", "var x: int = 11");
        for (long seed = 0; seed < 8; seed++) {
            RandomWalks.Result r = walk(fromEleven, RandomWalks.Options.of(1, 1, seed));
            assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, r.status());
            assertEquals(List.of("init -> 11", "R[a].Two -> 13"), shown(r.trace()));
        }
    }

    @Test
    void aSeededRunFindsTheViolationAndTheReportedSeedReplaysTheSameWalk() {
        RandomWalks.Result r = walk(BRANCHING, RandomWalks.Options.of(1000, 20, 123));
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, r.status());
        assertEquals("NotThirteen", r.violated());
        assertEquals(123 + r.walkIndex(), r.walkSeed());
        assertEquals("13", r.trace().getLast().state().slot(0).show());

        // The same options give the same run; the walk's seed alone, as walk 0 of a run of 1, gives the same trace.
        RandomWalks.Result again = walk(BRANCHING, RandomWalks.Options.of(1000, 20, 123));
        assertEquals(shown(r.trace()), shown(again.trace()));
        assertEquals(r.walkIndex(), again.walkIndex());
        RandomWalks.Result replay = walk(BRANCHING, RandomWalks.Options.of(1, 20, r.walkSeed()));
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, replay.status());
        assertEquals(shown(r.trace()), shown(replay.trace()));
        assertEquals(0, replay.walkIndex());
    }

    @Test
    void differentSeedsTakeDifferentWalks() {
        // The first failing walk of each of 20 seeds: from 10 initial states and 2 choices per step, they must not
        // all be the same walk.
        Set<String> traces = new TreeSet<>();
        for (long seed = 0; seed < 20; seed++) {
            RandomWalks.Result r = walk(BRANCHING, RandomWalks.Options.of(1000, 20, seed));
            assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, r.status());
            traces.add(String.join(", ", shown(r.trace())));
        }
        assertTrue(traces.size() > 10, traces::toString);
    }

    @Test
    void theGeneratorIsUniformAndDeterministic() {
        RandomWalks.SplitMix64 a = new RandomWalks.SplitMix64(5);
        RandomWalks.SplitMix64 b = new RandomWalks.SplitMix64(5);
        RandomWalks.SplitMix64 c = new RandomWalks.SplitMix64(6);
        int[] counts = new int[3];
        boolean differs = false;
        for (int i = 0; i < 30_000; i++) {
            int x = a.nextInt(3);
            assertEquals(x, b.nextInt(3));
            differs |= x != c.nextInt(3);
            counts[x]++;
        }
        assertTrue(differs);
        for (int n : counts) assertTrue(n > 9_500 && n < 10_500, () -> java.util.Arrays.toString(counts));
        assertNotEquals(new RandomWalks.SplitMix64(0).nextLong(), new RandomWalks.SplitMix64(1).nextLong());
    }

    @Test
    void theTimeLimitStopsTheRunWithPartialFigures() {
        RandomWalks.Result r = walk(UNBOUNDED, RandomWalks.Options.of(Long.MAX_VALUE, 1000, 0)
                .withMaxTime(java.time.Duration.ofMillis(200)));
        assertEquals(ExploreResult.Status.LIMIT_REACHED, r.status());
        assertTrue(r.figures().walks() > 0 && r.figures().walks() < Long.MAX_VALUE);
    }

    @Test
    void progressIsReportedDuringLongRuns() {
        List<RandomWalks.Progress> seen = new ArrayList<>();
        walk(UNBOUNDED, RandomWalks.Options.of(2000, 1000, 0).withProgress(java.time.Duration.ofMillis(1), seen::add));
        assertFalse(seen.isEmpty());
        RandomWalks.Progress last = seen.getLast();
        assertEquals(2000, last.walks());
        assertTrue(last.steps() > 0 && last.generated() == last.steps() + 1, last::toString);
    }

    @Test
    void badCountsAreRefused() {
        assertThrowsIllegal(() -> RandomWalks.Options.of(0, 10, 0));
        assertThrowsIllegal(() -> RandomWalks.Options.of(1, 0, 0));
    }

    private static void assertThrowsIllegal(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, e);
    }
}
