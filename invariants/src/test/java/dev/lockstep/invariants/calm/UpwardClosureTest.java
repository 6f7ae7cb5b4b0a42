package dev.lockstep.invariants.calm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.analysis.Monotonicity;
import dev.lockstep.lang.analysis.MonotonicityReport;
import dev.lockstep.lang.analysis.Point;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Z3 re-decides the guards the syntactic monotonicity test could not show upward-closed. */
class UpwardClosureTest {
    static CheckedSpec load(String file) {
        Frontend.Compilation c = Frontend.load(Path.of("../specs", file));
        assertTrue(c.ok(), c.diagnostics().toString());
        return c.spec().orElseThrow();
    }

    static MonotonicityReport refined(CheckedSpec spec, String model) {
        ModelInstance instance = ModelInstance.bind(spec, model).orElseThrow();
        return new UpwardClosure(instance, Duration.ofSeconds(20)).refine(Monotonicity.analyze(spec));
    }

    static MonotonicityReport.ActionResult action(MonotonicityReport r, String role, String name) {
        return r.roles().stream().filter(x -> x.name().equals(role)).findFirst().orElseThrow()
                .actions().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNonEmptyTestOnAGrowingSetIsProvedUpwardClosedAndAnEmptyTestRefuted() {
        CheckedSpec spec = load("analysis/heard-anything.lstep");
        // Syntactically both guards compare a growing set; Z3 tells them apart.
        assertEquals(2, Monotonicity.analyze(spec).coordinationPoints());
        MonotonicityReport r = refined(spec, "pair");
        assertEquals(UpwardClosure.METHOD, r.method());
        assertTrue(action(r, "Node", "Echo").monotone(), action(r, "Node", "Echo").points().toString());
        List<Point> greet = action(r, "Node", "Greet").points();
        assertEquals(List.of("heard = {}"), greet.stream().map(Point::text).toList());
        assertTrue(greet.get(0).reason().contains("Z3 finds it true in a state and false in a larger one"),
                greet.get(0).reason());
    }

    @Test
    void twoPhaseCommitsCoordinationPointsAreConfirmedByZ3() {
        MonotonicityReport r = refined(load("two-phase-commit.lstep"), "small");
        List<Point> commit = action(r, "TM", "Commit").points();
        assertEquals(List.of("state = init", "prepared = RM"), commit.stream().map(Point::text).toList());
        assertTrue(commit.stream().allMatch(p -> p.reason().contains("Z3 finds")), commit.toString());
        // The timer is not a guard: it stays a coordination point whatever Z3 says.
        assertEquals(2, action(r, "TM", "Abort").points().size());
    }

    @Test
    void theEagerCommitsNonEmptyVoteTestIsUpwardClosedItCountsNoQuorum() {
        // The bug of two-phase-commit-eager (commit once anyone prepared) is no aggregation any more: only the
        // test of absence, state = init, keeps Commit a coordination point.
        CheckedSpec spec = load("buggy/two-phase-commit-eager.lstep");
        assertEquals(List.of("state = init", "prepared /= {}"), action(Monotonicity.analyze(spec), "TM", "Commit")
                .points().stream().map(Point::text).toList());
        assertEquals(List.of("state = init"), action(refined(spec, "small"), "TM", "Commit").points().stream()
                .map(Point::text).toList());
    }
}
