package dev.lockstep.runtime.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.node.Chooser;
import dev.lockstep.runtime.node.InputResult;
import dev.lockstep.runtime.node.LinkFaults;
import dev.lockstep.runtime.node.NodeCore;
import dev.lockstep.runtime.testing.PingPong;
import dev.lockstep.runtime.testing.TwoPhaseCommit;
import dev.lockstep.runtime.testing.TwoPhaseCommit.RmPhase;
import dev.lockstep.runtime.testing.TwoPhaseCommit.RmState;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import io.netty.channel.DefaultEventLoop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The per-message fault hook of the Netty transport (docs/runtime.md, "Per-message faults"). */
class LinkFaultsNettyTest {
    private static final NetworkSpec SET = new NetworkSpec(NetworkSpec.Kind.SET, false, false);

    private static Envelope ping(long n) {
        return new Envelope("p#" + n, new PingPong.Ping(PingPong.P, PingPong.Q, n), n, Map.of());
    }

    /** Feeds 300 messages of one link through a gate on a real event loop and returns what came out, in order. */
    private static List<Long> throughGate(LinkFaults faults, Set<String> undroppable, TransportStats stats)
            throws InterruptedException {
        DefaultEventLoop loop = new DefaultEventLoop();
        List<Long> out = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch idle = new CountDownLatch(1);
        try {
            FaultGate gate = new FaultGate(PingPong.Q, loop, stats, SET, undroppable, faults,
                    e -> out.add(((PingPong.Ping) e.message()).n()));
            loop.execute(() -> {
                for (long n = 1; n <= 300; n++) gate.arrive(ping(n));
            });
            loop.schedule(idle::countDown, 200, TimeUnit.MILLISECONDS); // after the longest delay (30 ms) and more
            assertTrue(idle.await(10, TimeUnit.SECONDS));
        } finally {
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
        return out;
    }

    @Test
    void theGateDropsWhatTheSeedSaysAndDelaysWithoutReorderingALink() throws Exception {
        LinkFaults faults = LinkFaults.everywhere(19, new LinkFaults.Rule(0.1, 0.05, 0, 30));
        TransportStats stats = new TransportStats();
        List<Long> out = throughGate(faults, Set.of(), stats);
        List<Long> expected = new ArrayList<>();
        for (long n = 1; n <= 300; n++) {
            LinkFaults.Decision d = faults.decide(PingPong.P, PingPong.Q, n);
            if (d.drop()) continue;
            expected.add(n);
            if (d.duplicate()) expected.add(n);
        }
        assertEquals(expected, out, "the seed's decisions, in the link's order");
        assertEquals(300 - expected.stream().distinct().count(), stats.faultDropped());
        assertTrue(stats.faultDropped() > 10 && stats.faultDuplicated() > 3 && stats.faultDelayed() > 250, stats.toString());
        // The same seed again: the same messages come out.
        assertEquals(out, throughGate(faults, Set.of(), new TransportStats()));
    }

    @Test
    void messagesAfterTheFaultsAreSwitchedOffWaitBehindTheHeldOnes() throws Exception {
        DefaultEventLoop loop = new DefaultEventLoop();
        List<Long> out = Collections.synchronizedList(new ArrayList<>());
        try {
            FaultGate gate = new FaultGate(PingPong.Q, loop, new TransportStats(), SET, Set.of(),
                    LinkFaults.everywhere(1, new LinkFaults.Rule(0, 0, 20, 20)), e -> out.add(((PingPong.Ping) e.message()).n()));
            loop.submit(() -> {
                for (long n = 1; n <= 50; n++) gate.arrive(ping(n));
                gate.set(LinkFaults.NONE);
                for (long n = 51; n <= 100; n++) gate.arrive(ping(n));
            }).syncUninterruptibly();
            assertEquals(List.of(), out, "the first 50 are held back 20 ms, and the rest behind them");
            loop.schedule(() -> gate.arrive(ping(101)), 100, TimeUnit.MILLISECONDS).syncUninterruptibly();
        } finally {
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 101).boxed().toList(), out);
    }

    @Test
    void aTypeAQuorumReceiveReadsIsNotDroppedOnAReliableNetwork() throws Exception {
        TransportStats stats = new TransportStats();
        List<Long> out = throughGate(LinkFaults.everywhere(3, new LinkFaults.Rule(1, 0, 0, 0)), Set.of("Ping"), stats);
        assertEquals(300, out.size());
        assertEquals(0, stats.faultDropped());
    }

    @Test
    void offByDefault() throws Exception {
        assertEquals(LinkFaults.NONE, NettyOptions.DEFAULTS.linkFaults());
        TransportStats stats = new TransportStats();
        List<Long> out = throughGate(NettyOptions.DEFAULTS.linkFaults(), Set.of(), stats);
        assertEquals(300, out.size());
        assertEquals(0, stats.faultDropped() + stats.faultDelayed() + stats.faultDuplicated());
    }

    @Test
    void aDroppedCommitNeverReachesItsResourceManagerOverTcp() throws Exception {
        TwoPhaseCommit tpc = new TwoPhaseCommit(3, SET, false, 60_000, 60_000);
        NodeId lost = tpc.rms().get(0);
        LinkFaults faults = LinkFaults.NONE.withLink(TwoPhaseCommit.TM, lost, new LinkFaults.Rule(1, 0, 0, 0));
        try (NettyCluster cluster = NettyCluster.startAll(tpc, Clusters.loopback(tpc), TraceSinks.OFF,
                NettyOptions.DEFAULTS.withLinkFaults(faults), 1)) {
            for (NodeId rm : tpc.rms()) assertEquals(InputResult.FIRED, cluster.node(rm).input("Prepare").get(5, TimeUnit.SECONDS));
            long end = System.currentTimeMillis() + 20_000;
            while (tpc.rms().stream().filter(rm -> !rm.equals(lost)).anyMatch(rm -> phase(cluster, rm) != RmPhase.committed)) {
                assertTrue(System.currentTimeMillis() < end, "the other RMs did not commit");
                Thread.sleep(10);
            }
            Thread.sleep(200); // the Commit to the lost RM has arrived by now, and was dropped
            for (NodeId rm : tpc.rms()) {
                RmPhase expected = rm.equals(lost) ? RmPhase.prepared : RmPhase.committed;
                assertEquals(expected, cluster.state(rm, RmState.class).state(), rm.name());
            }
            assertEquals(1, cluster.node(lost).stats().faultDropped(), cluster.node(lost).stats().toString());
            assertEquals(0, cluster.node(TwoPhaseCommit.TM).stats().faultDropped(), "only the link tm -> " + lost);
        }
    }

    private static RmPhase phase(NettyCluster cluster, NodeId rm) {
        try {
            return cluster.state(rm, RmState.class).state();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDelayHoldsMessagesBackAndADropOnAReliableFifoIsRefused() throws Exception {
        PingPong pp = new PingPong(20);
        ClusterConfig cluster = Clusters.loopback(pp);
        NettyOptions delayed = NettyOptions.DEFAULTS.withLinkFaults(
                LinkFaults.NONE.withLink(PingPong.Q, PingPong.P, new LinkFaults.Rule(0, 0, 25, 25)));
        long start = System.nanoTime();
        try (NettyNode q = NettyNode.start(pp, cluster, PingPong.Q, TraceSink.OFF, Chooser.FIRST, delayed);
             NettyNode p = NettyNode.start(pp, cluster, PingPong.P, TraceSink.OFF, Chooser.FIRST, delayed)) {
            while (!p.read(NodeCore::state).equals(new PingPong.PingerState(20, 20))) Thread.sleep(5);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis >= 20 * 25, "20 pongs held back 25 ms each, yet done in " + millis + " ms");
            assertEquals(20, p.stats().faultDelayed());
            assertEquals(0, q.stats().faultDelayed(), "the link p -> q has no fault");
        }
        NettyOptions dropping = NettyOptions.DEFAULTS.withLinkFaults(LinkFaults.everywhere(1, new LinkFaults.Rule(0.1, 0, 0, 0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NettyNode.start(pp, cluster, PingPong.Q, TraceSink.OFF, Chooser.FIRST, dropping));
        assertTrue(e.getMessage().contains("reliable fifo"), e.getMessage());
    }
}
