package dev.lockstep.cli;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.Trigger;
import dev.lockstep.runtime.netty.ClusterConfig;
import dev.lockstep.runtime.netty.NettyCluster;
import dev.lockstep.runtime.netty.NettyNode;
import dev.lockstep.runtime.node.NodeCore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Helpers for running every node of a model over Netty in this JVM: a localhost cluster, inputs, quiescence, reports. */
final class LocalRun {
    private LocalRun() {}

    /** A node's report after a run: its state (ITF), its steps, its transport counters. */
    record NodeReport(Object state, long steps, long framesOut, long actionFailures, String transport) {}

    /** Every node of the model on 127.0.0.1 on free ports ({@link ClusterConfig#loopback}); transport to choose. */
    static ClusterConfig localhost(ProtocolDescriptor protocol) {
        return ClusterConfig.loopback(protocol);
    }

    /** {@link #localhost} with TLS from an ephemeral CA in memory: no other process can join or pose as a node. */
    static ClusterConfig localhostTls(ProtocolDescriptor protocol) {
        ClusterConfig c = localhost(protocol);
        return c.withTls(DevCertificates.ephemeral(c.nodes().keySet()));
    }

    /** {@code NODE:ACTION} for every input action of every node: nodes in role order, actions in spec order. */
    static List<String> everyInput(ProtocolDescriptor protocol) {
        List<String> calls = new ArrayList<>();
        for (ProtocolDescriptor.RoleDescriptor role : protocol.roles()) {
            for (NodeId n : role.nodes()) {
                for (ActionSpec<?> a : role.machine(n).actions()) {
                    if (a.trigger() == Trigger.INPUT) calls.add(n.name() + ":" + a.name());
                }
            }
        }
        return calls;
    }

    /** {@link NettyCluster#awaitQuiet}, in milliseconds. */
    static boolean awaitQuiet(NettyCluster cluster, long quietMillis, long limitMillis) throws Exception {
        return cluster.awaitQuiet(java.time.Duration.ofMillis(quietMillis), java.time.Duration.ofMillis(limitMillis));
    }

    /** Each node's state, steps and transport counters, by node name. */
    static Map<String, NodeReport> report(NettyCluster cluster) throws Exception {
        Map<String, NodeReport> out = new TreeMap<>();
        for (Map.Entry<NodeId, NettyNode> e : cluster.nodes().entrySet()) {
            NettyNode n = e.getValue();
            out.put(e.getKey().name(), new NodeReport(Itf.encode(get(n, NodeCore::state)), get(n, NodeCore::steps),
                    n.stats().framesOut(), n.stats().actionFailures(), n.stats().toString()));
        }
        return out;
    }

    private static <T> T get(NettyNode n, java.util.function.Function<NodeCore<?>, T> f)
            throws InterruptedException, ExecutionException, TimeoutException {
        return n.inspect(f).get(10, TimeUnit.SECONDS);
    }
}
