package com.example.twopc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.netty.ClusterConfig;
import dev.lockstep.runtime.netty.NettyCluster;
import dev.lockstep.runtime.netty.NettyNode;
import dev.lockstep.runtime.netty.NettyOptions;
import dev.lockstep.runtime.node.InputResult;
import dev.lockstep.runtime.node.NodeCore;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The generated 2PC on Netty nodes over TCP on 127.0.0.1: the RMs prepare through the input API, the cluster decides,
 * and the traces land in target/lockstep-traces/netty, where the build's lockstep:conform goal replays them against
 * the spec at verify.
 */
class NettyTwoPhaseCommitTest {
    /** A plaintext cluster on loopback with free ports (glue the runtime does not offer publicly yet). */
    private static ClusterConfig loopback(ProtocolDescriptor protocol) throws IOException {
        List<ServerSocket> held = new ArrayList<>();
        StringJoiner nodes = new StringJoiner(",", "{\"insecurePlaintext\": true, \"nodes\": {", "}}");
        for (ProtocolDescriptor.RoleDescriptor role : protocol.roles()) {
            for (NodeId node : role.nodes()) {
                ServerSocket s = new ServerSocket(0);
                held.add(s);
                nodes.add("\"" + node + "\": {\"address\": \"127.0.0.1:" + s.getLocalPort() + "\", \"role\": \""
                        + role.name() + "\"}");
            }
        }
        for (ServerSocket s : held) s.close();
        return ClusterConfig.parse(nodes.toString(), "loopback cluster");
    }

    private static String phase(NettyNode node) throws Exception {
        Object state = node.inspect(NodeCore::state).get(5, TimeUnit.SECONDS);
        return String.valueOf(((Map<?, ?>) Itf.encode(state)).get("state"));
    }

    @Test
    void theClusterDecidesOverTcp() throws Exception {
        Path traces = Files.createDirectories(Path.of("target", "lockstep-traces", "netty"));
        TwoPhaseCommitProtocol protocol = TwoPhaseCommitProtocol.forModel("small");
        List<NodeId> rms = protocol.roles().get(1).nodes();
        try (NettyCluster cluster = NettyCluster.startAll(protocol, loopback(protocol), TraceSinks.directory(traces),
                NettyOptions.DEFAULTS, 1)) {
            for (NodeId rm : rms) assertEquals(InputResult.FIRED, cluster.node(rm).input("Prepare").get(5, TimeUnit.SECONDS));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            Set<String> decided = new TreeSet<>();
            do {
                assertTrue(System.nanoTime() < deadline, "no decision within 20 s: " + decided);
                Thread.sleep(10);
                decided.clear();
                for (NodeId rm : rms) decided.add(phase(cluster.node(rm)));
            } while (!decided.equals(Set.of("committed")) && !decided.equals(Set.of("aborted")));
        }
        for (String node : List.of("tm", "r1", "r2", "r3")) assertTrue(Files.size(traces.resolve(node + ".ndjson")) > 0);
    }
}
