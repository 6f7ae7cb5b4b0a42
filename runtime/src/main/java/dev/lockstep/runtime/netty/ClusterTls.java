package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.NodeId;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

/**
 * Where the nodes of a TLS cluster get their identity and whom they trust: each node's key and certificate, and the
 * certificates that may sign a peer's certificate (a shared CA, or each node's own self-signed certificate). Read from
 * the cluster file's PEM files ({@link ClusterConfig}) or held in memory (the CLI's ephemeral CA for localhost runs).
 */
public interface ClusterTls {
    /**
     * The key and certificate chain of {@code node}, which this process runs.
     *
     * @throws ClusterConfigException when they cannot be read
     */
    TlsCredentials credentials(NodeId node);

    /**
     * The trust anchors: a peer's certificate must chain to one of them.
     *
     * @throws ClusterConfigException when they cannot be read
     */
    List<X509Certificate> trustAnchors();

    /** Identities and trust already in memory. */
    static ClusterTls inMemory(List<X509Certificate> trustAnchors, Map<NodeId, TlsCredentials> credentials) {
        List<X509Certificate> anchors = List.copyOf(trustAnchors);
        Map<NodeId, TlsCredentials> creds = Map.copyOf(credentials);
        return new ClusterTls() {
            @Override
            public TlsCredentials credentials(NodeId node) {
                TlsCredentials c = creds.get(node);
                if (c == null) throw new ClusterConfigException("node " + node + " has no TLS key and certificate");
                return c;
            }

            @Override
            public List<X509Certificate> trustAnchors() { return anchors; }
        };
    }
}
