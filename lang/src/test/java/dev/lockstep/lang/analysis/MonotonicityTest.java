package dev.lockstep.lang.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.analysis.MonotonicityReport.ActionResult;
import dev.lockstep.lang.analysis.MonotonicityReport.RoleResult;
import dev.lockstep.lang.ir.CheckedSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CALM classification of the library's protocols (seed 003, acceptance C1) and of each lattice rule alone. */
class MonotonicityTest {
    static CheckedSpec load(String file) {
        Frontend.Compilation c = Frontend.load(Path.of("../specs", file));
        assertTrue(c.ok(), c.diagnostics().toString());
        return c.spec().orElseThrow();
    }

    static CheckedSpec compile(String text) {
        Frontend.Compilation c = Frontend.compile("t.lstep", text);
        assertTrue(c.ok(), c.diagnostics().toString());
        return c.spec().orElseThrow();
    }

    static RoleResult role(MonotonicityReport r, String name) {
        return r.roles().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    static ActionResult action(MonotonicityReport r, String role, String name) {
        return role(r, role).actions().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    static List<String> texts(ActionResult a) { return a.points().stream().map(Point::text).toList(); }

    @Test
    void paxosLearnerIsMonotoneAndAcceptorAndProposerPrepareAreNot() {
        MonotonicityReport r = Monotonicity.analyze(load("paxos.lstep"));
        assertEquals(MonotonicityReport.SYNTACTIC, r.method());
        assertTrue(role(r, "Learner").monotone());
        assertTrue(action(r, "Learner", "Hear").monotone());
        assertEquals(List.of("m.bal > maxBal"), texts(action(r, "Acceptor", "Promise")));
        assertEquals(69, action(r, "Acceptor", "Promise").points().get(0).span().line());
        assertEquals(List.of("m.bal >= maxBal", "m.bal /= vBal", "vBal' = m.bal", "vVal' = m.val"),
                texts(action(r, "Acceptor", "Accept")));
        ActionResult prepare = action(r, "Proposer", "Prepare");
        assertFalse(prepare.monotone());
        assertTrue(texts(prepare).contains("unused' = unused \\ {b}"), texts(prepare).toString());
        assertTrue(texts(prepare).contains("promised' = {}"), texts(prepare).toString());
        assertFalse(r.coordinationFree());
    }

    @Test
    void minFinderIsCoordinationFree() {
        MonotonicityReport r = Monotonicity.analyze(load("minfinder.lstep"));
        assertTrue(r.coordinationFree());
        assertEquals(0, r.coordinationPoints());
        assertEquals(Trend.DOWN, role(r, "Node").vars().get(1).trend()); // val only shrinks: Min({val, m.val})
        assertEquals(Trend.CONST, role(r, "Node").vars().get(0).trend()); // init is never assigned
    }

    @Test
    void twoPhaseCommitsCommitAndAbortAreCoordinationPoints() {
        MonotonicityReport r = Monotonicity.analyze(load("two-phase-commit.lstep"));
        ActionResult commit = action(r, "TM", "Commit");
        assertEquals(List.of("state = init", "prepared = RM"), texts(commit));
        assertEquals(28, commit.points().get(1).span().line());
        ActionResult abort = action(r, "TM", "Abort");
        assertEquals(List.of("fair timer(500ms..1s) action Abort", "state = init"), texts(abort));
        assertTrue(abort.points().get(0).reason().startsWith("a timer"), abort.points().get(0).reason());
        assertFalse(r.coordinationFree());
    }

    private static final String ONE_ROLE = """
            protocol P
            const Nodes: set<node>
            message Hello { v: int }
            network set
            role R at Nodes {
            %s
            }
            model m { Nodes = {n1} }
            """;

    private static ActionResult only(String body) {
        MonotonicityReport r = Monotonicity.analyze(compile(ONE_ROLE.formatted(body)));
        return r.roles().get(0).actions().get(0);
    }

    @Test
    void eachLatticeUpdateIsRecognised() {
        assertTrue(only("var c: int = 0\n auto action A do c' = c + 1").monotone());
        assertTrue(only("var c: int = 0\n auto action A do c' = c - 2").monotone());
        assertTrue(only("var c: int = 0\n on receive m: Hello do c' = Max({c, m.v})").monotone());
        assertTrue(only("var b: bool = FALSE\n auto action A do b' = TRUE").monotone());
        assertTrue(only("var s: set<int> = {}\n on receive m: Hello do s' = {m.v} \\cup s").monotone());
        assertTrue(only("var f: map<node, set<int>> = [n \\in Nodes |-> {}]\n"
                + " on receive m: Hello do f' = [f EXCEPT ![m.src] = @ \\cup {m.v}]").monotone());
        // Guard-bounded: c' = m.v under m.v > c raises c (and the guard is what is not upward-closed).
        ActionResult bounded = only("var c: int = 0\n on receive m: Hello when m.v > c do c' = m.v");
        assertEquals(List.of("m.v > c"), texts(bounded));
        // Not lattice moves.
        assertEquals(List.of("c' = 0"), texts(only("var c: int = 0\n auto action A do c' = 0")));
        assertEquals(List.of("s' = s \\ {1}"), texts(only("var s: set<int> = {1}\n auto action A do s' = s \\ {1}")));
        assertEquals(List.of("b' = FALSE"), texts(only("var b: bool = TRUE\n auto action A do b' = FALSE")));
    }

    @Test
    void aVariableMovedBothWaysHasNoLattice() {
        MonotonicityReport r = Monotonicity.analyze(compile(ONE_ROLE.formatted(
                "var c: int = 0\n auto action Up do c' = c + 1\n auto action Down do c' = c - 1")));
        assertEquals(Trend.NONE, r.roles().get(0).vars().get(0).trend());
        assertEquals(2, r.coordinationPoints());
    }

    @Test
    void guardsAreUpwardClosedOnlyWhenTheyStayTrueAsTheStateGrows() {
        String grow = "var s: set<int> = {}\n on receive m: Hello as Add do s' = s \\cup {m.v}\n";
        MonotonicityReport r = Monotonicity.analyze(compile(ONE_ROLE.formatted(grow
                + " auto action Enough when Cardinality(s) >= 2 /\\ 3 \\in s /\\ (\\E x \\in s : x > 5) do send Hello { v: 1 } to self\n"
                + " auto action Missing when 3 \\notin s do send Hello { v: 1 } to self\n"
                + " auto action All when \\A x \\in s : x > 5 do send Hello { v: 1 } to self\n"
                + " auto action Exact when s = {1} do send Hello { v: 1 } to self")));
        assertTrue(action(r, "R", "Enough").monotone(), action(r, "R", "Enough").points().toString());
        assertEquals(List.of("3 \\notin s"), texts(action(r, "R", "Missing")));
        assertEquals(List.of("\\A x \\in s : x > 5"), texts(action(r, "R", "All")));
        assertEquals(List.of("s = {1}"), texts(action(r, "R", "Exact")));
    }

    @Test
    void aCrashThatForgetsAGrowingVariableIsACoordinationPoint() {
        MonotonicityReport r = Monotonicity.analyze(compile("""
                protocol P
                const Nodes: set<node>
                message Hello { v: int }
                network set
                role R at Nodes crashes {
                  var s: set<int> = {}
                  durable var d: set<int> = {}
                  on receive m: Hello do s' = s \\cup {m.v}
                                         d' = d \\cup {m.v}
                }
                model m { Nodes = {n1}  crashes 1 }
                """));
        List<Point> points = r.roles().get(0).points();
        assertEquals(1, points.size());
        assertTrue(points.get(0).reason().contains("`s`"), points.get(0).reason());
    }
}
