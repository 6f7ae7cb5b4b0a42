package dev.lockstep.cli;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.netty.ClusterConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where {@code run}'s nodes are and how they secure their connections (a picocli mixin): {@code --cluster},
 * {@code --tls}, {@code --insecure-plaintext}, and the choice they make with the cluster file (docs/runtime.md,
 * Security). With a cluster file, the file decides, and the flags may only confirm it (or choose plaintext for a file
 * that chose nothing). Without one, every node runs here on 127.0.0.1 with TLS from an ephemeral in-memory CA, unless
 * plaintext is asked for.
 */
final class RunTransport {
    @Option(names = "--cluster", paramLabel = "FILE",
            description = "The cluster file (JSON); default: every node of the model on 127.0.0.1, on free ports.")
    Path cluster;

    @Option(names = "--tls", description = "Insist on TLS with mutual authentication: the cluster file must have a "
            + "\"tls\" section (lockstep certs makes the files). Without --cluster TLS is the default anyway, with an "
            + "ephemeral CA made in memory.")
    boolean tls;

    @Option(names = "--insecure-plaintext", description = "No TLS: anyone who reaches a node's port can pose as a "
            + "node. For a cluster file without a \"tls\" section; without --cluster, turns off the ephemeral CA.")
    boolean insecurePlaintext;

    /**
     * The cluster of {@code protocol}'s nodes (the cluster file's, or all on localhost) with its transport chosen.
     *
     * @throws IllegalArgumentException when the flags contradict each other or the file
     * @throws dev.lockstep.runtime.netty.ClusterConfigException when the cluster file is not valid
     */
    ClusterConfig choose(ProtocolDescriptor protocol) {
        boolean fromFile = cluster != null;
        ClusterConfig config = fromFile ? ClusterConfig.read(cluster) : LocalRun.localhost(protocol);
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
    String describe(ClusterConfig config) {
        boolean fromFile = cluster != null;
        if (config.tls() == null) return "PLAINTEXT (insecure: no peer is authenticated)";
        return fromFile ? "TLS (certificates of the cluster file)" : "TLS (ephemeral CA in memory)";
    }

    private static String nodeList(ClusterConfig config) {
        return String.join(",", config.nodes().keySet().stream().map(NodeId::name).toList());
    }
}
