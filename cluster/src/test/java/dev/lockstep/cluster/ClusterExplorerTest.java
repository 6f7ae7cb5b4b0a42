package dev.lockstep.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A 2-member cluster in one JVM against the single-machine explorer on every library model of up to
 * {@value #DEFAULT_SUITE_STATES} states ({@link LibraryModels}; the bigger ones are in {@link ClusterLibraryLongTest}),
 * with and without symmetry, holding or violated; a deadlock; one expansion task per member.
 */
class ClusterExplorerTest {
    /** The models the default suite compares: up to this many states on one machine (about 20 s in all). */
    static final long DEFAULT_SUITE_STATES = 10_000;
    private static InJvmCluster cluster;

    @BeforeAll
    static void start() { cluster = new InJvmCluster("lockstep-test-bfs", 2); }

    @AfterAll
    static void stop() { cluster.close(); }

    @TestFactory
    Stream<DynamicTest> everySmallLibraryModelGivesTheExplorersAnswer() throws IOException {
        return LibraryModels.sameAnswersOnCluster(cluster.coordinator, 2, 0, DEFAULT_SUITE_STATES);
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
        assertEquals(ExploreResult.Status.DEADLOCK, local.status());
        LibraryModels.assertSameAnswer(l, local, cluster.explore(l, ExploreOptions.defaults()), 2);
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
