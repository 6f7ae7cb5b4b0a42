package dev.lockstep.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.hazelcast.core.HazelcastInstance;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.explore.ExploreOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two worker processes on 127.0.0.1 and a coordinator in this JVM: the explorer's answer on every library model of
 * up to {@value ClusterExplorerTest#DEFAULT_SUITE_STATES} states through real sockets and separate heaps, and a
 * worker process killed mid-run. Tagged long: the child JVMs take 10-60 s to start on the shared 2-core machine.
 *
 * <p>The members start one at a time, each once the one before is ready. Started together (as this test did
 * before), the coordinator in this JVM was up in a few seconds, found neither listed worker listening within its
 * 3 s connection timeout and made itself the master of a cluster of one; the workers, whose lists do not name the
 * coordinator, then formed their own cluster, and Hazelcast merges split clusters only after 300 s
 * ({@code hazelcast.merge.first.run.delay.seconds}). On a loaded machine that happened whenever the worker JVMs
 * took longer to start than the coordinator took to give up. Now a member only ever joins a running cluster.
 */
@Tag("long")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoProcessClusterTest {
    private static final String NAME = InJvmCluster.uniqueName("lockstep-test-processes");
    /** How long a worker JVM may take to be ready on a loaded machine. */
    private static final Duration READY = Duration.ofSeconds(180);
    /** Starts of a member that came up alone instead of joining (never seen since members start in turn). */
    private static final int ATTEMPTS = 3;
    private static final List<WorkerProcess.Child> children = new ArrayList<>();
    private static HazelcastInstance coordinator;

    @BeforeAll
    static void start() throws InterruptedException {
        int[] ports = InJvmCluster.freePorts(3);
        List<String> members = List.of("127.0.0.1:" + ports[0], "127.0.0.1:" + ports[1]);
        for (int i = 0; i < 2; i++) children.add(startWorker(ports[i], members, i + 1));
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            coordinator = new ClusterSettings(NAME, "127.0.0.1", ports[2], true, members, InJvmCluster.SECRET, true)
                    .start();
            // Hazelcast returns from start() once this member has joined; the member list comes with the join.
            if (coordinator.getCluster().getMembers().size() == 3) return;
            coordinator.getLifecycleService().terminate();
        }
        fail("the coordinator did not join the 2 worker processes: " + outputs());
    }

    /** A worker process that is ready and sees {@code expected} members (itself and those started before it). */
    private static WorkerProcess.Child startWorker(int port, List<String> members, int expected)
            throws InterruptedException {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            WorkerProcess.Child child = WorkerProcess.Child.start(NAME, port, members, InJvmCluster.SECRET);
            Optional<Integer> seen = child.awaitReady(READY);
            if (seen.isPresent() && seen.get() == expected) return child;
            child.process.destroyForcibly().waitFor();
            System.err.println("worker on port " + port + ", attempt " + attempt + ": " + child.output());
        }
        throw new AssertionError("the worker process on port " + port + " did not join: " + outputs());
    }

    private static String outputs() {
        return children.stream().map(WorkerProcess.Child::output).toList().toString();
    }

    @AfterAll
    static void stop() {
        if (coordinator != null) coordinator.getLifecycleService().terminate();
        children.forEach(c -> c.process.destroyForcibly());
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everySmallLibraryModelGivesTheExplorersAnswer() throws IOException {
        return LibraryModels.sameAnswersOnCluster(coordinator, 2, 0, ClusterExplorerTest.DEFAULT_SUITE_STATES);
    }

    @Test
    @Order(2)
    void aKilledWorkerProcessFailsTheJob() {
        ExploreOptions killAtLevel4 = ExploreOptions.defaults().withProgress(Duration.ZERO, p -> {
            if (p.depth() == 4) children.get(1).process.destroyForcibly();
        });
        InJvmCluster.Loaded l = InJvmCluster.load("two-phase-commit.lstep", "rm6");
        ClusterFailure f = assertThrows(ClusterFailure.class,
                () -> new ClusterExplorer(coordinator).run(l.job(), l.model(), killAtLevel4));
        assertEquals(Code.CLUSTER_MEMBER_LOST, f.code());
        assertTrue(f.getMessage().contains("no verdict"), f.getMessage());
    }
}
