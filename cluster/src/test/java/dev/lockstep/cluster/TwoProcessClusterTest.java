package dev.lockstep.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Two worker processes on 127.0.0.1 and a coordinator in this JVM: the explorer's counts through real sockets and
 * separate heaps, and a worker process killed mid-run. Tagged long: the child JVMs take 20-40 s to start and join
 * on the shared 2-core machine.
 */
// Out of CI (soak) until its join is made reliable: on 2026-11-29 the coordinator saw 1 of 3 members after 90 s in
// two runs of one clone (both children had started) and 3 of 3 in others. Run it with ./mvnw verify -Psoak.
@Tag("soak")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoProcessClusterTest {
    private static final String NAME = "lockstep-test-processes";
    private static final List<String> MEMBERS = List.of("127.0.0.1:5851", "127.0.0.1:5852");
    private static final List<Process> children = new ArrayList<>();
    private static HazelcastInstance coordinator;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        for (String m : MEMBERS) {
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    WorkerProcess.class.getName(), NAME, m.substring(m.indexOf(':') + 1), String.join(",", MEMBERS));
            pb.environment().put("LOCKSTEP_CLUSTER_SECRET", new String(InJvmCluster.SECRET, StandardCharsets.UTF_8));
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            children.add(pb.start());
        }
        coordinator = new ClusterSettings(NAME, "127.0.0.1", 5853, true, MEMBERS, InJvmCluster.SECRET, true).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (coordinator.getCluster().getMembers().size() < 3 && System.nanoTime() < deadline) Thread.sleep(200);
        assertEquals(3, coordinator.getCluster().getMembers().size(), "both worker processes joined");
    }

    @AfterAll
    static void stop() {
        if (coordinator != null) coordinator.getLifecycleService().terminate();
        children.forEach(Process::destroyForcibly);
    }

    @ParameterizedTest(name = "{0} {1}")
    @Order(1)
    @CsvSource({
            "two-phase-commit.lstep, rm5",
            "two-phase-commit.lstep, smallSym",
            "chang-roberts.lstep, ring4c",
            "paxos-quorum.lstep, small",
            "buggy/two-phase-commit-eager.lstep, small",
    })
    void sameCountsAsTheExplorer(String file, String model) {
        InJvmCluster.Loaded l = InJvmCluster.load(file, model);
        ExploreResult local = new Explorer(l.model()).run(ExploreOptions.defaults());
        ClusterExplorer.Outcome out = new ClusterExplorer(coordinator).run(l.job(), l.model(), ExploreOptions.defaults());
        InJvmCluster.assertSameAnswer(local, out);
    }

    @Test
    @Order(2)
    void aKilledWorkerProcessFailsTheJob() {
        ExploreOptions killAtLevel4 = ExploreOptions.defaults().withProgress(Duration.ZERO, p -> {
            if (p.depth() == 4) children.get(1).destroyForcibly();
        });
        InJvmCluster.Loaded l = InJvmCluster.load("two-phase-commit.lstep", "rm6");
        ClusterFailure f = assertThrows(ClusterFailure.class,
                () -> new ClusterExplorer(coordinator).run(l.job(), l.model(), killAtLevel4));
        assertEquals(Code.CLUSTER_MEMBER_LOST, f.code());
        assertTrue(f.getMessage().contains("no verdict"), f.getMessage());
    }
}
