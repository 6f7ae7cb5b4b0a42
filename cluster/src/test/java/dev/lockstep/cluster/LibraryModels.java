package dev.lockstep.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Every model of every library spec ({@code specs/*.lstep} and {@code specs/buggy/*.lstep}, as the specs module's
 * tests enumerate them) run on a cluster and by the single-machine explorer (one worker, the reference): the same
 * verdict; when it holds, the same distinct and generated counts and depth; on a violation, the same violated
 * invariant or property and a counterexample of the same length that is a behaviour of the spec and ends in it.
 * A model whose search takes the explorer over {@code maxStates} is skipped (reported as aborted, naming its size);
 * one of at most {@code minStates} is left to the suite that covers the small ones.
 */
final class LibraryModels {
    private LibraryModels() {}

    /** One dynamic test per library model, each run on the cluster {@code coordinator} coordinates. */
    static Stream<DynamicTest> sameAnswersOnCluster(HazelcastInstance coordinator, int members, long minStates,
                                                    long maxStates) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : specFiles()) {
            Frontend.Compilation c = Frontend.load(Path.of("../specs").resolve(file));
            assertTrue(c.ok(), () -> file + " does not compile: " + c.diagnostics());
            for (CheckedSpec.Model m : c.spec().orElseThrow().models()) {
                tests.add(DynamicTest.dynamicTest(file + "#" + m.name(), () -> sameAnswer(coordinator, members,
                        InJvmCluster.load(file, m.name()), minStates, maxStates)));
            }
        }
        return tests.stream();
    }

    private static void sameAnswer(HazelcastInstance coordinator, int members, InJvmCluster.Loaded l, long minStates,
                                   long maxStates) {
        ExploreResult local = new Explorer(l.model()).run(ExploreOptions.defaults().withMaxStates(maxStates));
        Assumptions.assumeFalse(local.status() == ExploreResult.Status.LIMIT_REACHED,
                () -> "over " + maxStates + " states on one machine: too big for this suite");
        Assumptions.assumeTrue(local.distinct() > minStates,
                () -> local.distinct() + " states: compared in the default suite");
        ClusterExplorer cluster = new ClusterExplorer(coordinator);
        ClusterExplorer.Outcome out = cluster.run(l.job(), l.model(), ExploreOptions.defaults().withWorkers(2));
        assertSameAnswer(l, local, out, members);
        if (local.status() == ExploreResult.Status.DEADLOCK) {
            // A spec whose runs end (a transform's output): its counts without the deadlock check are compared too.
            ExploreOptions noDeadlock = ExploreOptions.defaults().withDeadlock(false);
            ExploreResult all = new Explorer(l.model()).run(noDeadlock.withMaxStates(maxStates));
            if (all.status() != ExploreResult.Status.LIMIT_REACHED) {
                assertSameAnswer(l, all, cluster.run(l.job(), l.model(), noDeadlock.withWorkers(2)), members);
            }
        }
    }

    /**
     * The cluster's {@code members} workers found what the explorer found: the same status; when it holds, the
     * same distinct and generated counts and depth; else the same violation with a counterexample of the same
     * length, which is a behaviour of the spec ending in that violation.
     */
    static void assertSameAnswer(InJvmCluster.Loaded l, ExploreResult local, ClusterExplorer.Outcome out,
                                 int members) {
        ExploreResult remote = out.result();
        assertEquals(members, out.members(), "workers");
        assertEquals(local.status(), remote.status(), "status");
        if (local.status() == ExploreResult.Status.HOLDS) {
            assertEquals(local.distinct(), remote.distinct(), "distinct");
            assertEquals(local.generated(), remote.generated(), "generated");
            assertEquals(local.depth(), remote.depth(), "depth");
            if (local.distinct() > 1) assertTrue(out.batchesSent() > 0, "successors travelled between the members");
            return;
        }
        assertEquals(local.violated(), remote.violated(), "violated");
        assertEquals(local.counterexample().size(), remote.counterexample().size(), "a shortest counterexample");
        List<Trace.Step> trace = remote.counterexample();
        assertIsBehaviour(l, trace);
        Transitions t = new Transitions(l.model());
        State last = trace.get(trace.size() - 1).state();
        switch (remote.status()) {
            case INVARIANT_VIOLATED -> assertEquals(local.violated(), t.firstViolated(last).name());
            case PROPERTY_VIOLATED -> assertEquals(local.violated(),
                    t.firstViolatedStep(trace.get(trace.size() - 2).state(), last).name());
            case DEADLOCK -> {
                List<State> after = new ArrayList<>();
                t.successors(last, (label, s) -> after.add(s));
                assertTrue(after.isEmpty(), "the trace ends in a state without successors");
            }
            case HOLDS, EVALUATION_ERROR, LIMIT_REACHED -> { }
        }
    }

    /** Each step of the trace is a successor of the one before, from an initial state. */
    static void assertIsBehaviour(InJvmCluster.Loaded l, List<Trace.Step> trace) {
        Transitions t = new Transitions(l.model());
        assertTrue(t.initialStates().contains(trace.get(0).state()), "starts in an initial state");
        for (int i = 1; i < trace.size(); i++) {
            List<State> next = new ArrayList<>();
            t.successors(trace.get(i - 1).state(), (label, s) -> next.add(s));
            assertTrue(next.contains(trace.get(i).state()), "step " + i + " is a step of the spec");
            assertNotNull(trace.get(i).label());
        }
    }

    /** Every spec file of the library, relative to {@code specs/}, sorted. */
    static List<String> specFiles() throws IOException {
        List<String> files = new ArrayList<>();
        for (String dir : List.of("", "buggy/")) {
            try (Stream<Path> s = Files.list(Path.of("../specs", dir))) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lstep")).sorted()
                        .forEach(n -> files.add(dir + n));
            }
        }
        return files;
    }
}
