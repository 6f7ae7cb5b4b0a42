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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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

    /**
     * Every node of the model on 127.0.0.1, each on a port that was free a moment ago; its transport is still to be
     * chosen ({@link RunTransport}, or {@link #localhostTls}).
     */
    static ClusterConfig localhost(ProtocolDescriptor protocol) {
        Map<NodeId, ClusterConfig.Member> members = new TreeMap<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            // Hold every socket until all ports are chosen, so that no two nodes get the same port.
            for (ProtocolDescriptor.RoleDescriptor role : protocol.roles()) {
                for (NodeId n : role.nodes()) {
                    ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    held.add(s);
                    members.put(n, new ClusterConfig.Member("127.0.0.1", s.getLocalPort(), role.name()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free ports on 127.0.0.1: " + e.getMessage(), e);
        } finally {
            for (ServerSocket s : held) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // the port is released either way
                }
            }
        }
        return ClusterConfig.unsecured(members);
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

    /**
     * Waits until no node has taken a step for {@code quietMillis} and no timer is armed, or until
     * {@code limitMillis} have passed; true when the nodes went quiet.
     */
    static boolean awaitQuiet(NettyCluster cluster, long quietMillis, long limitMillis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        long lastSteps = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long steps = 0;
            boolean timers = false;
            for (NettyNode n : cluster.nodes().values()) {
                steps += get(n, NodeCore::steps);
                timers |= !get(n, NodeCore::armedTimers).isEmpty() || !get(n, NodeCore::inbox).isEmpty();
            }
            if (steps != lastSteps || timers) {
                lastSteps = steps;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= TimeUnit.MILLISECONDS.toNanos(quietMillis)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
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
