package dev.lockstep.cli;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.netty.ClusterConfig;

/**
 * How {@code run} secures its nodes' connections, from {@code --tls}, {@code --insecure-plaintext} and the cluster
 * file (docs/runtime.md, Security). With a cluster file, the file decides, and the flags may only confirm it (or
 * choose plaintext for a file that chose nothing). Without one, every node runs here on 127.0.0.1 with TLS from an
 * ephemeral in-memory CA, unless plaintext is asked for.
 */
final class RunTransport {
    private RunTransport() {}

    /**
     * The config with its transport chosen.
     *
     * @param fromFile whether {@code config} was read from a cluster file (else it is the localhost cluster)
     * @throws IllegalArgumentException when the flags contradict each other or the file
     */
    static ClusterConfig choose(ClusterConfig config, boolean fromFile, boolean tls, boolean insecurePlaintext) {
        if (tls && insecurePlaintext) throw new IllegalArgumentException("--tls and --insecure-plaintext contradict each other");
        if (!fromFile) {
            return insecurePlaintext ? config.withInsecurePlaintext()
                    : config.withTls(DevCertificates.ephemeral(config.nodes().keySet()));
        }
        if (tls && config.tls() == null) {
            throw new IllegalArgumentException("--tls: the cluster file has no \"tls\" section naming the CA and the "
                    + "nodes' certificates (make them with: lockstep certs --out DIR --nodes " + nodeList(config) + ")");
        }
        if (insecurePlaintext && config.tls() != null) {
            throw new IllegalArgumentException("--insecure-plaintext: the cluster file has a \"tls\" section; its nodes "
                    + "talk TLS only");
        }
        return insecurePlaintext ? config.withInsecurePlaintext() : config;
    }

    /** For the "Running ..." line. */
    static String describe(ClusterConfig config, boolean fromFile) {
        if (config.tls() == null) return "PLAINTEXT (insecure: no peer is authenticated)";
        return fromFile ? "TLS (certificates of the cluster file)" : "TLS (ephemeral CA in memory)";
    }

    private static String nodeList(ClusterConfig config) {
        return String.join(",", config.nodes().keySet().stream().map(NodeId::name).toList());
    }
}
