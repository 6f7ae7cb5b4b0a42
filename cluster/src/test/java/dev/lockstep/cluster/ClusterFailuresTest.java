package dev.lockstep.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.explore.ExploreOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** What stops a distributed search without a verdict: bad settings, no worker, a member without the secret, a member lost. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailuresTest {
    private static InJvmCluster cluster;

    @BeforeAll
    static void start() { cluster = new InJvmCluster("lockstep-test-failures", 2); }

    @AfterAll
    static void stop() { cluster.close(); }

    @Test
    void badSettingsAreRefused() {
        ClusterFailure noPort = assertThrows(ClusterFailure.class, () -> ClusterSettings.parseMembers("10.0.0.1"));
        assertEquals(Code.CLUSTER_CONFIG, noPort.code());
        assertTrue(noPort.getMessage().contains("'10.0.0.1'"), noPort.getMessage());
        assertEquals(Code.CLUSTER_CONFIG, assertThrows(ClusterFailure.class,
                () -> ClusterSettings.parseMembers("127.0.0.1:5701,127.0.0.1:99999")).code());
        assertEquals(List.of("127.0.0.1:5701", "h:1"), ClusterSettings.parseMembers("127.0.0.1:5701, h:1"));
        ClusterFailure noSecret = assertThrows(ClusterFailure.class, () -> new ClusterSettings("c", "127.0.0.1", 5701,
                false, List.of(), new byte[0], false));
        assertEquals(Code.CLUSTER_CONFIG, noSecret.code());
    }

    @Test
    void aCoordinatorWithoutWorkersSaysSo() {
        int port = InJvmCluster.freePorts(1)[0];
        HazelcastInstance alone = new ClusterSettings(InJvmCluster.uniqueName("lockstep-test-alone"), "127.0.0.1",
                port, false, List.of("127.0.0.1:" + port), InJvmCluster.SECRET, true).start();
        try {
            ClusterFailure f = assertThrows(ClusterFailure.class, () -> new ClusterExplorer(alone).run(
                    InJvmCluster.load("paxos.lstep", "tiny").job(), InJvmCluster.load("paxos.lstep", "tiny").model(),
                    ExploreOptions.defaults()));
            assertEquals(Code.CLUSTER_JOIN_FAILED, f.code());
            assertTrue(f.getMessage().contains("lockstep worker --join"), f.getMessage());
        } finally {
            alone.getLifecycleService().terminate();
        }
    }

    @Test
    @Order(1)
    void aMemberWithoutTheSecretStopsTheJob() throws InterruptedException {
        byte[] wrong = "another-secret-entirely".getBytes(StandardCharsets.UTF_8);
        int port = InJvmCluster.freePorts(1)[0];
        HazelcastInstance intruder = cluster.settings(port, cluster.members.subList(0, 1), wrong, true).start();
        try {
            assertEquals(4, cluster.coordinator.getCluster().getMembers().size(), "the intruder joined");
            ClusterFailure f = assertThrows(ClusterFailure.class,
                    () -> cluster.explore(InJvmCluster.load("paxos.lstep", "tiny"), ExploreOptions.defaults()));
            assertEquals(Code.CLUSTER_UNAUTHENTICATED, f.code());
            assertTrue(f.getMessage().contains(":" + port), f.getMessage());
        } finally {
            intruder.getLifecycleService().shutdown(); // graceful: the others see it leave at once
        }
        // Without it, the same cluster runs the job.
        for (int i = 0; i < 100 && cluster.coordinator.getCluster().getMembers().size() > 3; i++) Thread.sleep(100);
        assertEquals(10, cluster.explore(InJvmCluster.load("paxos.lstep", "tiny"), ExploreOptions.defaults())
                .result().distinct());
    }

    @Test
    @Order(2)
    void aMemberLostMidRunFailsTheJobWithoutAVerdict() {
        HazelcastInstance victim = cluster.workers.get(1);
        ExploreOptions killAtLevel5 = ExploreOptions.defaults().withProgress(Duration.ZERO, p -> {
            if (p.depth() == 5) victim.getLifecycleService().terminate();
        });
        ClusterFailure f = assertThrows(ClusterFailure.class,
                () -> cluster.explore(InJvmCluster.load("two-phase-commit.lstep", "rm5"), killAtLevel5));
        assertEquals(Code.CLUSTER_MEMBER_LOST, f.code());
        assertTrue(f.getMessage().contains("left cluster '" + cluster.name + "' during level 6")
                && f.getMessage().contains("no verdict"), f.getMessage());
    }
}
