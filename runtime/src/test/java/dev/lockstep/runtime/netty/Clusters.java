package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Cluster files on loopback with free ports, for tests and the benchmark: plaintext, chosen explicitly (TLS clusters
 * for tests: {@code TestCertificates}).
 */
public final class Clusters {
    private Clusters() {}

    public static String loopbackJson(ProtocolDescriptor protocol) {
        List<ServerSocket> held = new ArrayList<>();
        StringJoiner nodes = new StringJoiner(",\n    ", "{ \"insecurePlaintext\": true,\n  \"nodes\": {\n    ", " } }\n");
        try {
            for (ProtocolDescriptor.RoleDescriptor r : protocol.roles()) {
                for (NodeId n : r.nodes()) {
                    ServerSocket s = new ServerSocket(0);
                    held.add(s);
                    nodes.add("\"" + n + "\": { \"address\": \"127.0.0.1:" + s.getLocalPort() + "\", \"role\": \"" + r.name() + "\" }");
                }
            }
            for (ServerSocket s : held) s.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes.toString();
    }

    public static ClusterConfig loopback(ProtocolDescriptor protocol) {
        return ClusterConfig.loopback(protocol).withInsecurePlaintext();
    }

    /** Threads of Lockstep nodes still alive (their names start with {@code lockstep-}). */
    public static List<String> liveNodeThreads() {
        List<String> out = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith("lockstep-")) out.add(t.getName());
        }
        return out;
    }
}
