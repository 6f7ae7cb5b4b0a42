package dev.lockstep.examples.raftkv;

import dev.lockstep.examples.raftkv.generated.raft.Ack;
import dev.lockstep.examples.raftkv.generated.raft.RaftConstants;
import dev.lockstep.examples.raftkv.generated.raft.RaftProtocol;
import dev.lockstep.examples.raftkv.generated.raft.ServerState;
import dev.lockstep.examples.raftkv.generated.raft.Status;
import dev.lockstep.examples.raftkv.generated.raft.TermValRecord;
import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import dev.lockstep.runtime.netty.ClusterConfig;
import dev.lockstep.runtime.netty.NettyNode;
import dev.lockstep.runtime.netty.NettyOptions;
import dev.lockstep.runtime.node.Binding;
import dev.lockstep.runtime.node.InputResult;
import dev.lockstep.runtime.node.NodeCore;
import dev.lockstep.runtime.trace.TraceSink;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One server of the store: the generated Raft machine ({@code specs/raft.lstep}) on a {@link NettyNode}, and the
 * thin application around it. A client command becomes the spec's input action {@code ClientRequest(v)} on the
 * leader; the entries the machine applies (its {@code applied} sequence grows in the steps that advance the commit
 * index) go to the map, and the client that proposed an entry is answered when it is applied. No protocol decision
 * is made here: who leads, what is committed and when are the generated code's.
 */
public final class RaftKvNode implements AutoCloseable {
    /** The spec's bounds for a running service: terms and log length practically unbounded. */
    public static final long MAX_TERM = 1L << 40;
    public static final long MAX_LOG = 1L << 40;

    private final NodeId self;
    private final NettyNode node;
    private final Map<NodeId, InetSocketAddress> clientAddresses;
    private final KvStateMachine machine = new KvStateMachine();
    /** Node-thread only: the client waiting for the entry proposed at a log index. */
    private final Map<Long, Pending> pending = new HashMap<>();
    private long appliedCount;
    /** Node-thread only: the highest index each follower acknowledged in term {@code ackedTerm}. */
    private final Map<NodeId, Long> acked = new HashMap<>();
    private long ackedTerm = -1;
    /** How many servers the cluster has. */
    private final int servers;
    /** Node-thread only: a {@link #replicateSoon} task is queued and has not run yet. */
    private boolean replicateQueued;
    private volatile NodeId leaderHint;
    /** The seeded bug of {@link #serveStaleReads()}. */
    private volatile boolean staleReads;

    private record Pending(long term, long val, CompletableFuture<Reply> answer) {}

    /** The constants of the running store: the given servers, every encodable command as a value. */
    public static RaftConstants constants(Set<NodeId> servers) {
        return new RaftConstants(servers, SpecValues.range(0L, KvCommand.DOMAIN - 1), MAX_TERM, MAX_LOG);
    }

    public static RaftProtocol protocol(Set<NodeId> servers) {
        return new RaftProtocol("kv", constants(servers));
    }

    private RaftKvNode(NodeId self, NettyNode node, Map<NodeId, InetSocketAddress> clientAddresses, int servers) {
        this.self = self;
        this.servers = servers;
        this.node = node;
        this.clientAddresses = clientAddresses;
    }

    /**
     * Starts server {@code self}: its Raft node on its {@code peers} address (recovering from {@code dataDir} when
     * its durable state is there). {@code clientAddresses} are where every server answers clients, for redirects.
     */
    public static RaftKvNode start(RaftProtocol protocol, ClusterConfig peers, NodeId self, TraceSink trace,
                                   Path dataDir, long seed, Map<NodeId, InetSocketAddress> clientAddresses)
            throws InterruptedException {
        RaftChooser chooser = new RaftChooser(seed);
        NettyNode node = NettyNode.start(protocol, peers, self, trace, chooser, options(seed), dataDir);
        RaftKvNode kv = new RaftKvNode(self, node, Map.copyOf(clientAddresses), peers.nodes().size());
        node.read(core -> {
            chooser.readCommitIndexFrom(() -> state(core).commitIndex());
            chooser.readAckedByAllFrom(() -> kv.ackedByAll(state(core)));
            core.setStepListener((c, fired, consumed, sent) -> kv.afterStep(c, fired, consumed));
            kv.afterStep(core, null, null); // entries applied before the listener was set (none today)
            return null;
        });
        return kv;
    }

    /**
     * Frames up to 16 MiB: a heartbeat may carry the whole log (the spec has no snapshots). The default inbox (4,096,
     * refusing arrivals when full): every Ack is taken by a step, AdvanceCommit's reads it while it can count and the
     * spec's {@code IgnoreStaleAck} takes it once no AdvanceCommit ever can, so the leader's inbox holds only the
     * Acks above its commit index (and the few Votes that came after an election).
     */
    private static NettyOptions options(long seed) {
        NettyOptions d = NettyOptions.DEFAULTS;
        return new NettyOptions(16 << 20, d.maxPendingPerPeer(), d.reconnectMinMillis(), d.reconnectMaxMillis(),
                d.ackDelayMillis(), seed, d.node());
    }

    private static ServerState state(NodeCore<?> core) { return (ServerState) core.state(); }

    /** On the node's thread after every step: who leads, as far as this server can tell, and what was applied. */
    private void afterStep(NodeCore<?> core, Binding fired, Envelope consumed) {
        ServerState s = state(core);
        if (s.status() == Status.leader) leaderHint = self;
        else if (fired != null && fired.action().equals("AcceptEntries") && consumed != null) leaderHint = consumed.message().src();
        else if (s.status() == Status.candidate) leaderHint = null;
        if (s.status() != Status.leader && !pending.isEmpty()) abandonPending(s.currentTerm());
        if (fired != null && fired.action().equals("IgnoreStaleAck") && consumed.message() instanceof Ack a) noteAck(s, a);
        List<TermValRecord> applied = s.applied();
        while (appliedCount < applied.size()) {
            TermValRecord e = applied.get((int) appliedCount);
            appliedCount++;
            Reply r = machine.apply(KvCommand.decode(e.val()));
            Pending p = pending.remove(appliedCount);
            if (p != null) {
                p.answer.complete(p.term == e.term() && p.val == e.val() ? r
                        : Reply.retry("the entry was overwritten by a later leader's"));
            }
        }
    }

    /**
     * Every Ack ends in {@code IgnoreStaleAck} (at once, or once the commit index passed it): the highest index each
     * follower acknowledged in this leader's term, for the chooser's catch-up heartbeats.
     */
    private void noteAck(ServerState s, Ack a) {
        if (s.status() != Status.leader || a.term() != s.currentTerm()) return;
        if (ackedTerm != a.term()) {
            acked.clear();
            ackedTerm = a.term();
        }
        acked.merge(a.src(), a.matchIndex(), Math::max);
    }

    /** The lowest index every follower acknowledged in this server's term as leader, or -1 if one has not. */
    private long ackedByAll(ServerState s) {
        if (s.status() != Status.leader || ackedTerm != s.currentTerm() || acked.size() < servers - 1) return -1;
        return acked.values().stream().mapToLong(Long::longValue).min().orElse(-1);
    }

    /**
     * This server no longer leads the term its waiting clients' entries were proposed in: it may never learn what
     * became of them (a later leader overwrites them only when it writes at their index), so they are answered
     * UNKNOWN now, and the clients go on to the new leader.
     */
    private void abandonPending(long term) {
        pending.values().removeIf(p -> {
            if (p.term > term) return false;
            p.answer.complete(Reply.unknown("leadership lost; the entry may still be committed"));
            return true;
        });
    }

    /** Proposes {@code command}; the answer completes when it is applied here, or at once when this is no leader. */
    public CompletableFuture<Reply> submit(KvCommand command) {
        CompletableFuture<Reply> answer = new CompletableFuture<>();
        node.inspect(core -> {
            ServerState before = state(core);
            if (before.status() != Status.leader) {
                answer.complete(redirect());
                return null;
            }
            if (staleReads && command.op() == KvCommand.Op.GET) {
                answer.complete(machine.apply(command)); // the bug: no log entry, no read index
                return null;
            }
            long index = before.log().size() + 1L;
            InputResult r = core.input("ClientRequest", List.of(command.encode()));
            if (r != InputResult.FIRED) {
                answer.complete(Reply.retry("ClientRequest " + r));
                return null;
            }
            // A leader appends [term |-> currentTerm, val |-> v] at Len(log) + 1. A client still waiting at that
            // index proposed an entry a later leader truncated: it was never applied.
            Pending old = pending.put(index, new Pending(before.currentTerm(), command.encode(), answer));
            if (old != null) old.answer.complete(Reply.retry("the entry was overwritten by a later leader's"));
            afterStep(core, null, null);
            replicateSoon();
            return null;
        }).whenComplete((v, e) -> {
            if (e != null) answer.complete(Reply.retry("node " + self + " is down"));
        });
        return answer;
    }

    /**
     * Sends the new entries now rather than at the next 50 ms heartbeat: the spec's {@code Replicate(p)} fired early
     * ({@link NodeCore#fireNow}; the model has no time, so an early timer step is a step of the spec). It runs as a
     * task queued behind the client commands already waiting on the node's thread, so the entries they append
     * leave in one AppendEntries per follower (batching). p is the commit index: the followers hold the committed
     * prefix (or the heartbeats' longer suffixes bring it), and the message carries every uncommitted entry.
     */
    private void replicateSoon() {
        if (replicateQueued) return;
        replicateQueued = true;
        node.inspect(core -> {
            replicateQueued = false;
            ServerState s = state(core);
            if (s.status() == Status.leader) core.fireNow("Replicate", List.of(s.commitIndex()));
            return null;
        });
    }

    private Reply redirect() {
        NodeId leader = leaderHint;
        if (leader == null || leader.equals(self)) return Reply.retry("no leader known");
        InetSocketAddress a = clientAddresses.get(leader);
        return Reply.redirect(leader.name(), a.getHostString() + ":" + a.getPort());
    }

    /**
     * A seeded bug, for the test that the linearizability checker catches it: a server that believes it leads
     * answers a get from its own map at once, without a log entry (or a read index), so a leader cut off from a
     * majority that has since elected another leader and written answers stale values.
     */
    public void serveStaleReads() { staleReads = true; }

    public NodeId self() { return self; }

    public NettyNode raft() { return node; }

    /** The Raft state now (for tests and the CLI's status). */
    public ServerState state() throws InterruptedException { return node.read(RaftKvNode::state); }

    @Override
    public void close() {
        node.close(); // the node's thread has ended: pending is ours now
        // Whoever still waits is not answered by this process: the entry may yet be committed by others.
        pending.values().forEach(p -> p.answer.complete(Reply.unknown("server " + self + " stopped")));
        pending.clear();
    }
}
