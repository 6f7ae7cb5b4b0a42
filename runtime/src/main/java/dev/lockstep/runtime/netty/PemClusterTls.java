package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.NodeId;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The TLS section of a cluster file: the CA's certificate (or none: then every node's certificate is trusted as it
 * is, pinned) and each node's certificate and key files. Files are read when a node starts, so a process needs the
 * keys of the nodes it runs only.
 */
record PemClusterTls(String source, Path ca, Map<NodeId, Path> certs, Map<NodeId, Path> keys) implements ClusterTls {
    PemClusterTls {
        certs = Map.copyOf(certs);
        keys = Map.copyOf(keys);
    }

    @Override
    public TlsCredentials credentials(NodeId node) {
        Path key = keys.get(node);
        if (key == null) {
            throw new ClusterConfigException(source + ": node \"" + node + "\" runs in this process but has no \"key\" "
                    + "(its private key file)");
        }
        return new TlsCredentials(PemFiles.privateKey(key), PemFiles.certificates(certs.get(node)));
    }

    @Override
    public List<X509Certificate> trustAnchors() {
        if (ca != null) return PemFiles.certificates(ca);
        List<X509Certificate> pinned = new ArrayList<>();
        for (Path cert : certs.values()) pinned.add(PemFiles.certificates(cert).get(0));
        return pinned;
    }
}
