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
        assertEquals(local.status(), remote.status(), file + " " + model);
        assertEquals(2, out.members());
        if (local.status() == ExploreResult.Status.HOLDS) {
            assertEquals(local.distinct(), remote.distinct(), "distinct");
            assertEquals(local.generated(), remote.generated(), "generated");
            assertEquals(local.depth(), remote.depth(), "depth");
            assertTrue(out.bytesSent() > 0 && out.batchesSent() > 0, "successors travelled between the members");
            return;
        }
        assertEquals(local.violated(), remote.violated());
        assertEquals(local.counterexample().size(), remote.counterexample().size(), "a shortest counterexample");
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

    @Test
    void oneWorkerPerMemberCountsTheSame() {
        InJvmCluster.Loaded l = InJvmCluster.load("two-phase-commit.lstep", "rm5");
        ExploreResult r = cluster.explore(l, ExploreOptions.defaults().withWorkers(1)).result();
        assertEquals(8832, r.distinct()); // LibraryStateCountsTest's pin, = TLC
        assertEquals(58146, r.generated());
        assertEquals(17, r.depth());
    }
}
