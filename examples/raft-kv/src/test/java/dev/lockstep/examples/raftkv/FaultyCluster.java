package dev.lockstep.examples.raftkv;

import dev.lockstep.examples.raftkv.generated.raft.RaftProtocol;
import dev.lockstep.examples.raftkv.generated.raft.ServerState;
import dev.lockstep.examples.raftkv.generated.raft.Status;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.netty.ClusterConfig;
import dev.lockstep.runtime.netty.TransportStats;
import dev.lockstep.runtime.node.LinkFaults;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A store of N servers in this process on 127.0.0.1, every peer link through a {@link LinkProxy}, with the faults
 * a Jepsen-style test needs: kill a server (its process state is gone, its data directory stays) and restart it
 * from its data directory, cut a server off from the others and heal. Each server appends to its trace file across
 * restarts ({@link ContinuedTrace}).
 */
final class FaultyCluster implements AutoCloseable {
    final List<NodeId> servers = new ArrayList<>();
    private final RaftProtocol protocol;
    private final Map<NodeId, InetSocketAddress> peerAddresses = new LinkedHashMap<>();
    private final Map<NodeId, InetSocketAddress> clientAddresses = new LinkedHashMap<>();
    /** proxies.get(a).get(b): the link a -> b. */
    private final Map<NodeId, Map<NodeId, LinkProxy>> proxies = new LinkedHashMap<>();
    private final Map<NodeId, RaftKvNode> running = new LinkedHashMap<>();
    private final Map<NodeId, ClientListener> listeners = new LinkedHashMap<>();
    private final Path dataDir;
    private final Path traceDir;
    private final long seed;
    private int incarnation;
    /** Per-message faults of every running server, and of every server started from now on. */
    private LinkFaults linkFaults = LinkFaults.NONE;
    private final long[] faultCountsOfKilled = new long[3];
    /** Servers started from now on run with the seeded stale-read bug ({@link RaftKvNode#serveStaleReads()}). */
    boolean staleReads;

    FaultyCluster(int n, Path dataDir, Path traceDir, long seed) throws IOException {
        this.dataDir = dataDir;
        this.traceDir = traceDir;
        this.seed = seed;
        // The chosen ports stay held until the proxies have bound theirs: a proxy asking for any free port could
        // otherwise be given one just chosen for a server, which then cannot listen ("Address already in use").
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 1; i <= n; i++) {
                NodeId id = NodeId.of("s" + i);
                servers.add(id);
                peerAddresses.put(id, freePort(held));
                clientAddresses.put(id, freePort(held));
            }
            protocol = RaftKvNode.protocol(new TreeSet<>(servers));
            for (NodeId a : servers) {
                Map<NodeId, LinkProxy> out = new LinkedHashMap<>();
                for (NodeId b : servers) if (!a.equals(b)) out.put(b, new LinkProxy(peerAddresses.get(b)));
                proxies.put(a, out);
            }
        } finally {
            for (ServerSocket s : held) s.close();
        }
    }

    /** A port free now on the loopback address, held by a socket added to {@code held}. */
    private static InetSocketAddress freePort(List<ServerSocket> held) throws IOException {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(s);
        return new InetSocketAddress("127.0.0.1", s.getLocalPort());
    }

    /** Server a's cluster file: itself at its own address, every peer at the proxy of the link a -> peer. */
    private ClusterConfig configOf(NodeId a) {
        Map<NodeId, ClusterConfig.Member> m = new LinkedHashMap<>();
        for (NodeId b : servers) {
            InetSocketAddress addr = a.equals(b) ? peerAddresses.get(b) : proxies.get(a).get(b).address();
            m.put(b, new ClusterConfig.Member(addr.getHostString(), addr.getPort(), "Server"));
        }
        return ClusterConfig.unsecured(m).withInsecurePlaintext();
    }

    void start(NodeId id) throws Exception {
        // With per-message faults on, the links into the server stay cut until its faults are set (RaftKvNode chooses
        // its own NettyOptions, so they are set right after its start), so that no message reaches it unfaulted.
        List<LinkProxy> held = new ArrayList<>();
        for (NodeId other : servers) {
            LinkProxy in = other.equals(id) ? null : proxies.get(other).get(id);
            if (!linkFaults.off() && in != null && !in.isCut()) {
                in.cut();
                held.add(in);
            }
        }
        RaftKvNode kv = RaftKvNode.start(protocol, configOf(id), id,
                ContinuedTrace.open(traceDir.resolve(id.name() + ".ndjson")), dataDir, seed * 31 + (++incarnation),
                clientAddresses);
        if (staleReads) kv.serveStaleReads();
        kv.raft().setLinkFaults(linkFaults);
        held.forEach(LinkProxy::heal);
        running.put(id, kv);
        listeners.put(id, ClientListener.start(clientAddresses.get(id), kv, 3_000));
    }

    void startAll() throws Exception {
        for (NodeId id : servers) start(id);
    }

    /** Stops a server as a crash would: no goodbye to anyone; only its data directory (and its trace) remain. */
    void kill(NodeId id) {
        ClientListener l = listeners.remove(id);
        if (l != null) l.close();
        RaftKvNode kv = running.remove(id);
        if (kv != null) {
            addFaultCounts(kv, faultCountsOfKilled);
            kv.close();
        }
    }

    /**
     * Drops, delays and duplicates messages on the servers' links, seeded ({@link LinkFaults}; each server applies
     * them to what it receives), from now on and across restarts; {@link LinkFaults#NONE} ends them.
     */
    void linkFaults(LinkFaults faults) {
        linkFaults = faults;
        for (RaftKvNode kv : running.values()) kv.raft().setLinkFaults(faults);
    }

    /** What the per-message faults did so far, summed over every server run: messages dropped, delayed, duplicated. */
    long[] faultCounts() {
        long[] out = faultCountsOfKilled.clone();
        for (RaftKvNode kv : running.values()) addFaultCounts(kv, out);
        return out;
    }

    private static void addFaultCounts(RaftKvNode kv, long[] counts) {
        TransportStats s = kv.raft().stats();
        counts[0] += s.faultDropped();
        counts[1] += s.faultDelayed();
        counts[2] += s.faultDuplicated();
    }

    /** Cuts every link to and from {@code id}. */
    void isolate(NodeId id) {
        for (NodeId other : servers) {
            if (other.equals(id)) continue;
            proxies.get(id).get(other).cut();
            proxies.get(other).get(id).cut();
        }
    }

    void healAll() {
        proxies.values().forEach(m -> m.values().forEach(LinkProxy::heal));
    }

    /** Restores every link to and from {@code id}. */
    void heal(NodeId id) {
        for (NodeId other : servers) {
            if (other.equals(id)) continue;
            proxies.get(id).get(other).heal();
            proxies.get(other).get(id).heal();
        }
    }

    /**
     * Kills a server while it leads, so that its durable votedFor is {itself} at the kill: the leader is cut off
     * first, and killed only if it still leads once what reached it before the cut had time to be handled (no
     * message arrives after the cut, and a leader has no timeout that makes it step down by itself). Under load a
     * leader may have stepped down meanwhile (a higher term from a candidate whose election timer fired): then its
     * links are restored and the next leader is tried. Returns the killed server, or null if none could be killed
     * as leader within the timeout. Its links are restored after the kill, for its restart.
     */
    NodeId killWhileLeader(long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            NodeId l = awaitLeader(Math.max(1, end - System.currentTimeMillis()));
            if (l == null) return null;
            isolate(l);
            Thread.sleep(200);
            if (running.get(l).state().status() == Status.leader) {
                kill(l);
                heal(l);
                return l;
            }
            heal(l);
        }
        return null;
    }

    /** The running server that is leader in the highest term, or null. */
    NodeId leader() throws InterruptedException {
        NodeId best = null;
        long term = -1;
        for (RaftKvNode kv : running.values()) {
            ServerState s = kv.state();
            if (s.status() == Status.leader && s.currentTerm() > term) {
                best = kv.self();
                term = s.currentTerm();
            }
        }
        return best;
    }

    NodeId awaitLeader(long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            NodeId l = leader();
            if (l != null) return l;
            Thread.sleep(20);
        }
        return null;
    }

    /**
     * A leader among {@code among} that every running server of {@code among} follows in its term, unchanged for
     * {@code stableMillis}: right after an election a server whose timer fired meanwhile may still start a higher
     * term and depose the new leader, and a command proposed then is answered UNKNOWN. Null at the timeout.
     */
    NodeId awaitStableLeader(Collection<NodeId> among, long stableMillis, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        NodeId seen = null;
        long seenTerm = -1, since = 0;
        while (System.currentTimeMillis() < end) {
            NodeId leader = null;
            long term = -1;
            boolean oneTerm = true;
            for (NodeId id : among) {
                RaftKvNode kv = running.get(id);
                if (kv == null) continue;
                ServerState s = kv.state();
                if (term >= 0 && s.currentTerm() != term) oneTerm = false;
                term = Math.max(term, s.currentTerm());
                if (s.status() == Status.leader) leader = id;
            }
            long now = System.currentTimeMillis();
            if (leader == null || !oneTerm) {
                seen = null;
            } else if (!leader.equals(seen) || term != seenTerm) {
                seen = leader;
                seenTerm = term;
                since = now;
            } else if (now - since >= stableMillis) {
                return leader;
            }
            Thread.sleep(20);
        }
        return null;
    }

    Map<NodeId, ServerState> states() throws InterruptedException {
        Map<NodeId, ServerState> out = new LinkedHashMap<>();
        for (RaftKvNode kv : running.values()) out.put(kv.self(), kv.state());
        return out;
    }

    List<InetSocketAddress> clientAddresses() { return List.copyOf(clientAddresses.values()); }

    InetSocketAddress clientAddress(NodeId id) { return clientAddresses.get(id); }

    @Override
    public void close() throws IOException {
        for (NodeId id : List.copyOf(running.keySet())) kill(id);
        for (Map<NodeId, LinkProxy> m : proxies.values()) for (LinkProxy p : m.values()) p.close();
    }
}
