package dev.lockstep.examples.raftkv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lockstep.conformance.history.KvModel;
import dev.lockstep.conformance.history.Linearizability;
import dev.lockstep.conformance.history.LinearizabilityChecker;
import dev.lockstep.examples.raftkv.generated.raft.Status;
import dev.lockstep.runtime.api.NodeId;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linearizability checker against a seeded bug: reads served by a leader from its own map, without a log entry
 * or read index. The leader is cut off, the majority elects another and a put goes through it, then a get at the old
 * leader answers the old value: the checker must reject that history. The same schedule without the bug is
 * linearizable (the get at the old leader is never answered, so it is unknown).
 *
 * <p>The schedule needs both puts answered OK: an unanswered put may take effect at any later time, and a history
 * with put 1 unknown is linearizable even with the stale read. On a loaded machine an election may depose a leader
 * with a put in flight (UNKNOWN), so the puts go to a leader that has been stable for a while, and an attempt whose
 * schedule was not established (reported, never counted as a verdict) is run again on a fresh cluster.
 */
class StaleReadTest {
    static final int ATTEMPTS = 4;

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

    /** The history of the first attempt that established the schedule, checked. */
    private static Linearizability<KvModel.Op, KvModel.Result> run(boolean staleReads, Path d) throws Exception {
        List<String> missed = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            KvHistory history = new KvHistory();
            String missing = attempt(staleReads, d.resolve("attempt" + attempt), history);
            if (missing == null) return LinearizabilityChecker.check(new KvModel(), history.recorder.history());
            System.out.println("stale-read schedule, attempt " + attempt + " not established: " + missing);
            missed.add(missing);
        }
        return fail("the schedule was not established in " + ATTEMPTS + " attempts: " + missed);
    }

    /** Runs the schedule, recording into {@code history}; null when it was established, else what was missing. */
    private static String attempt(boolean staleReads, Path d, KvHistory history) throws Exception {
        try (FaultyCluster cluster = new FaultyCluster(3, d.resolve("data"), d.resolve("traces"), 7)) {
            cluster.staleReads = staleReads;
            cluster.startAll();
            NodeId old = cluster.awaitStableLeader(cluster.servers, 500, 15_000);
            if (old == null) return "no stable leader";
            try (KvClient any = new KvClient(List.of(cluster.clientAddress(old)), 5_000)) {
                Reply r = history.run(0, any, KvCommand.put(0, 1));
                if (r.kind() != Reply.Kind.OK) return "put 1 at " + old + ": " + r.line();
            }
            Thread.sleep(200); // followers learn the commit of put 1 with the next heartbeat
            cluster.isolate(old);
            List<NodeId> rest = cluster.servers.stream().filter(s -> !s.equals(old)).toList();
            NodeId next = cluster.awaitStableLeader(rest, 300, 15_000);
            if (next == null) return "the majority elected no stable leader";
            try (KvClient viaMajority = new KvClient(List.of(cluster.clientAddress(next)), 10_000)) {
                Reply r = history.run(1, viaMajority, KvCommand.put(0, 2));
                if (r.kind() != Reply.Kind.OK) return "put 2 at " + next + ": " + r.line();
            }
            // Cut off, the old leader hears of no higher term; only what reached it before the cut could depose it.
            if (cluster.states().get(old).status() != Status.leader) return old + " stepped down (on a message from before the cut)";
            List<InetSocketAddress> oldOnly = List.of(cluster.clientAddress(old));
            try (KvClient viaOld = new KvClient(oldOnly, 1_500)) {
                Reply r = history.run(2, viaOld, KvCommand.get(0));
                if (staleReads) assertEquals("VALUE 1", r.line(), "the cut-off leader's answer");
            }
        }
        return null;
    }
}
