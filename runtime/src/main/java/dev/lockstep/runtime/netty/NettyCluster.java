package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.node.Chooser;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several nodes of one cluster file in this JVM (all of them, or the ones this process should host), each with its
 * own event loop thread and trace: what {@code lockstep run} starts.
 */
public final class NettyCluster implements AutoCloseable {
    private final Map<NodeId, NettyNode> nodes;

    private NettyCluster(Map<NodeId, NettyNode> nodes) {
        this.nodes = Collections.unmodifiableMap(nodes);
    }

    /**
     * Starts {@code local} (nodes of the cluster file) with random choosers seeded from {@code seed}.
     *
     * @throws ClusterConfigException when the file does not match the model or a node cannot listen
     */
    public static NettyCluster start(ProtocolDescriptor protocol, ClusterConfig cluster, Collection<NodeId> local,
                                     TraceSinks traces, NettyOptions options, long seed) {
        return start(protocol, cluster, local, traces, options, seed, null);
    }

    /** As {@link #start}, each node keeping its durable variables in {@code dataDir} (null: nowhere). */
    public static NettyCluster start(ProtocolDescriptor protocol, ClusterConfig cluster, Collection<NodeId> local,
                                     TraceSinks traces, NettyOptions options, long seed, java.nio.file.Path dataDir) {
        cluster.validate(protocol);
        cluster.checkTransport();
        Map<NodeId, NettyNode> started = new TreeMap<>();
        List<NodeId> order = new ArrayList<>(new java.util.TreeSet<>(local));
        try {
            for (int i = 0; i < order.size(); i++) {
                NodeId id = order.get(i);
                cluster.member(id);
                TraceSink sink;
                try {
                    sink = traces.open(id);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot open the trace of node " + id + ": " + e.getMessage(), e);
                }
                long nodeSeed = seed * 0x9E3779B97F4A7C15L + i;
                try {
                    started.put(id, NettyNode.start(protocol, cluster, id, sink, Chooser.random(nodeSeed),
                            options.withTimerSeed(~nodeSeed), dataDir));
                } catch (RuntimeException e) {
                    sink.close();
                    throw e;
                }
            }
        } catch (RuntimeException e) {
            started.values().forEach(NettyNode::close);
            throw e;
        }
        return new NettyCluster(started);
    }

    /** Every node of the cluster file in this JVM. */
    public static NettyCluster startAll(ProtocolDescriptor protocol, ClusterConfig cluster, TraceSinks traces,
                                        NettyOptions options, long seed) {
        return start(protocol, cluster, cluster.nodes().keySet(), traces, options, seed);
    }

    public Map<NodeId, NettyNode> nodes() { return nodes; }

    public NettyNode node(NodeId id) {
        NettyNode n = nodes.get(id);
        if (n == null) throw new IllegalArgumentException("node " + id + " does not run in this process");
        return n;
    }

    /**
     * Waits until no node has taken a step for {@code quiet}, with no timer armed and no message waiting, or until
     * {@code limit} has passed; true when the nodes went quiet. The counters are read on each node's own thread.
     */
    public boolean awaitQuiet(java.time.Duration quiet, java.time.Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long lastSteps = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long steps = 0;
            boolean busy = false;
            for (NettyNode n : nodes.values()) {
                steps += n.read(dev.lockstep.runtime.node.NodeCore::steps);
                busy |= !n.read(c -> c.armedTimers().isEmpty() && c.inbox().isEmpty());
            }
            if (steps != lastSteps || busy) {
                lastSteps = steps;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= quiet.toNanos()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Node {@code id}'s local state, read on its thread, as the generated state record {@code type}. */
    public <S> S state(NodeId id, Class<S> type) throws InterruptedException {
        Object s = node(id).read(dev.lockstep.runtime.node.NodeCore::state);
        if (!type.isInstance(s)) {
            throw new IllegalArgumentException("node " + id + "'s state is a " + s.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(s);
    }

    @Override
    public void close() {
        nodes.values().forEach(NettyNode::close);
    }
}
