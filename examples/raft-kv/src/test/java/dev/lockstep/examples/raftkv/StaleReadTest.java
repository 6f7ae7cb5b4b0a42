package dev.lockstep.examples.raftkv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.history.KvModel;
import dev.lockstep.conformance.history.Linearizability;
import dev.lockstep.conformance.history.LinearizabilityChecker;
import dev.lockstep.runtime.api.NodeId;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linearizability checker against a seeded bug: reads served by a leader from its own map, without a log entry
 * or read index. The leader is cut off, the majority elects another and a put goes through it, then a get at the old
 * leader answers the old value: the checker must reject that history. The same schedule without the bug is
 * linearizable (the get at the old leader is never answered, so it is unknown).
 */
class StaleReadTest {
    @TempDir
    Path dir;

    @Test
    void theCheckerRejectsStaleReadsOfACutOffLeader() throws Exception {
        Linearizability<KvModel.Op, KvModel.Result> lin = run(true, dir.resolve("bug"));
        assertFalse(lin.linearizable(), "a stale read was accepted");
        System.out.println("stale read rejected: " + lin.explain());
    }

    @Test
    void withoutTheBugTheSameScheduleIsLinearizable() throws Exception {
        Linearizability<KvModel.Op, KvModel.Result> lin = run(false, dir.resolve("ok"));
        assertTrue(lin.linearizable(), lin::explain);
    }

    private static Linearizability<KvModel.Op, KvModel.Result> run(boolean staleReads, Path d) throws Exception {
        KvHistory history = new KvHistory();
        try (FaultyCluster cluster = new FaultyCluster(3, d.resolve("data"), d.resolve("traces"), 7)) {
            cluster.staleReads = staleReads;
            cluster.startAll();
            NodeId old = cluster.awaitLeader(10_000);
            assertNotNull(old, "no leader elected");
            try (KvClient any = new KvClient(cluster.clientAddresses(), 5_000)) {
                assertEquals(Reply.Kind.OK, history.run(0, any, KvCommand.put(0, 1)).kind());
            }
            Thread.sleep(200); // the old leader applies put 1 (followers learn the commit with the next heartbeat)
            cluster.isolate(old);
            long end = System.currentTimeMillis() + 10_000;
            while (old.equals(cluster.leader()) && System.currentTimeMillis() < end) Thread.sleep(20);
            assertNotEquals(old, cluster.leader(), "the majority elected no new leader");
            Thread.sleep(200); // the new leader's heartbeats tell the other follower who leads now
            List<java.net.InetSocketAddress> majority = cluster.servers.stream().filter(s -> !s.equals(old))
                    .map(cluster::clientAddress).toList();
            try (KvClient viaMajority = new KvClient(majority, 10_000)) {
                assertEquals(Reply.Kind.OK, history.run(1, viaMajority, KvCommand.put(0, 2)).kind());
            }
            try (KvClient viaOld = new KvClient(List.of(cluster.clientAddress(old)), 1_500)) {
                Reply r = history.run(2, viaOld, KvCommand.get(0));
                if (staleReads) assertEquals("VALUE 1", r.line(), "the cut-off leader's answer");
            }
        }
        return LinearizabilityChecker.check(new KvModel(), history.recorder.history());
    }
}
