package dev.lockstep.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.explore.Transitions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 2-member cluster in one JVM against the single-machine explorer: the same verdict, distinct and generated
 * counts and depth on library models (with and without symmetry), and for a bug a counterexample of the same
 * length that is a behaviour of the spec and ends in the same violation.
 */
class ClusterExplorerTest {
    private static InJvmCluster cluster;

    @BeforeAll
    static void start() { cluster = new InJvmCluster("lockstep-test-bfs", 5811, 2); }

    @AfterAll
    static void stop() { cluster.close(); }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "two-phase-commit.lstep, small",
            "two-phase-commit.lstep, smallSym",
            "two-phase-commit.lstep, rm5Sym",
            "paxos.lstep, tiny",
            "paxos-quorum.lstep, small",
            "chang-roberts.lstep, ring4c",
            "raft-election.lstep, small",
            "buggy/two-phase-commit-eager.lstep, small",
            "buggy/leader-announce-repick.lstep, kept",
            "buggy/paxos-quorum-minority.lstep, small",
    })
    void sameAnswerAsTheExplorer(String file, String model) {
        InJvmCluster.Loaded l = InJvmCluster.load(file, model);
        ExploreResult local = new Explorer(l.model()).run(ExploreOptions.defaults().withWorkers(2));
        ClusterExplorer.Outcome out = cluster.explore(l, ExploreOptions.defaults().withWorkers(2));
        ExploreResult remote = out.result();
        InJvmCluster.assertSameAnswer(local, out);
        if (local.status() == ExploreResult.Status.HOLDS) {
            assertTrue(out.bytesSent() > 0 && out.batchesSent() > 0, "successors travelled between the members");
            return;
        }
        assertIsBehaviour(l, remote.counterexample());
        Transitions t = new Transitions(l.model());
        List<Trace.Step> trace = remote.counterexample();
        State last = trace.get(trace.size() - 1).state();
        if (remote.status() == ExploreResult.Status.INVARIANT_VIOLATED) {
            assertEquals(local.violated(), t.firstViolated(last).name());
        } else {
            assertEquals(local.violated(), t.firstViolatedStep(trace.get(trace.size() - 2).state(), last).name());
        }
    }

    /** Each step of the trace is a successor of the one before, from an initial state. */
    private static void assertIsBehaviour(InJvmCluster.Loaded l, List<Trace.Step> trace) {
        Transitions t = new Transitions(l.model());
        assertTrue(t.initialStates().contains(trace.get(0).state()), "starts in an initial state");
        for (int i = 1; i < trace.size(); i++) {
            List<State> next = new ArrayList<>();
            t.successors(trace.get(i - 1).state(), (label, s) -> next.add(s));
            assertTrue(next.contains(trace.get(i).state()), "step " + i + " is a step of the spec");
            assertNotNull(trace.get(i).label());
        }
    }

    /** Two counters to 2: 9 states, and (2, 2) has no successor. */
    private static final String TWO_COUNTERS = """
            protocol TwoCounters
            const A: node
            role R at {A} {
              var a: int = 0
              var b: int = 0
              auto action IncA when a < 2 do a' = a + 1
              auto action IncB when b < 2 do b' = b + 1
            }
            model m { A = a }
            """;

    @Test
    void deadlockIsFoundAsTheExplorerFindsIt() {
        var c = dev.lockstep.lang.Frontend.compile("two-counters.lstep", TWO_COUNTERS);
        var model = dev.lockstep.lang.eval.ModelInstance.bind(c.spec().orElseThrow(), "m").orElseThrow();
        InJvmCluster.Loaded l = new InJvmCluster.Loaded(new JobSpec("two-counters.lstep", TWO_COUNTERS, ".", "m"), model);
        ExploreResult local = new Explorer(model).run(ExploreOptions.defaults());
        ExploreResult remote = cluster.explore(l, ExploreOptions.defaults()).result();
        assertEquals(ExploreResult.Status.DEADLOCK, local.status());
        assertEquals(ExploreResult.Status.DEADLOCK, remote.status());
        assertEquals(local.counterexample().size(), remote.counterexample().size());
        assertIsBehaviour(l, remote.counterexample());
        List<State> after = new ArrayList<>();
        new Transitions(model).successors(remote.counterexample().get(4).state(), (label, s) -> after.add(s));
        assertTrue(after.isEmpty(), "the trace ends in a state without successors");
        ExploreResult noDeadlock = cluster.explore(l, ExploreOptions.defaults().withDeadlock(false)).result();
        assertEquals(ExploreResult.Status.HOLDS, noDeadlock.status());
        assertEquals(9, noDeadlock.distinct());
        assertEquals(new Explorer(model).run(ExploreOptions.defaults().withDeadlock(false)).generated(),
                noDeadlock.generated());
    }

    @Test
    void oneWorkerPerMemberCountsTheSame() {
        InJvmCluster.Loaded l = InJvmCluster.load("two-phase-commit.lstep", "rm5");
        ExploreResult r = cluster.explore(l, ExploreOptions.defaults().withWorkers(1)).result();
        assertEquals(8832, r.distinct()); // LibraryStateCountsTest's pin, = TLC
        assertEquals(58146, r.generated());
        assertEquals(17, r.depth());
    }
}
