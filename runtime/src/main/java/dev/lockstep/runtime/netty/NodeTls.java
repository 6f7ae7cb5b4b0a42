package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.NodeId;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * One node's TLS (JDK provider, TLS 1.3 only) with mutual authentication: as a server it requires a client
 * certificate, as a client it presents its own, and both sides accept only certificates that chain to the cluster's
 * trust anchors. A valid certificate is not enough: the identity it proves must be the node the connection is for —
 * on an inbound connection the node its hello names ({@link InboundHandler}), on an outbound one the peer dialled
 * ({@link PeerLink}). A certificate proves the names in its subject CN and its DNS subject alternative names.
 * Host names are not checked (nodes are often addressed by IP); the node id is what is authenticated.
 */
final class NodeTls {
    private final SslContext server;
    private final SslContext client;

    private NodeTls(SslContext server, SslContext client) {
        this.server = server;
        this.client = client;
    }

    /** @throws ClusterConfigException when the node's key, certificate or the trust anchors are unusable */
    static NodeTls of(NodeId self, ClusterTls tls) {
        TlsCredentials own = tls.credentials(self);
        X509Certificate[] anchors = tls.trustAnchors().toArray(X509Certificate[]::new);
        X509Certificate[] chain = own.chain().toArray(X509Certificate[]::new);
        if (!proves(chain[0], self)) {
            throw new ClusterConfigException("node " + self + ": its certificate is for " + identities(chain[0])
                    + ", not for " + self);
        }
        // Problems its peers would only report as failed handshakes, retried for ever: named here, before it starts.
        try {
            chain[0].checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new ClusterConfigException("node " + self + ": its certificate is valid from " + chain[0].getNotBefore()
                    + " to " + chain[0].getNotAfter() + ", not now");
        }
        if (!anchored(chain[chain.length - 1], anchors)) {
            throw new ClusterConfigException("node " + self + ": its certificate (issued by "
                    + chain[chain.length - 1].getIssuerX500Principal().getName() + ") is not signed by a CA the cluster "
                    + "trusts, so its peers would reject it");
        }
        try {
            SslContext server = SslContextBuilder.forServer(own.key(), chain).trustManager(anchors)
                    .clientAuth(ClientAuth.REQUIRE).sslProvider(SslProvider.JDK).protocols("TLSv1.3").build();
            SslContext client = SslContextBuilder.forClient().keyManager(own.key(), chain).trustManager(anchors)
                    .endpointIdentificationAlgorithm(null) // the node id is checked instead of the host name
                    .sslProvider(SslProvider.JDK).protocols("TLSv1.3").build();
            return new NodeTls(server, client);
        } catch (SSLException | IllegalArgumentException e) {
            throw new ClusterConfigException("node " + self + ": cannot set up TLS with its key and certificate: "
                    + e.getMessage());
        }
    }

    /** The top of a chain is a trust anchor itself (pinned) or signed by one. */
    private static boolean anchored(X509Certificate top, X509Certificate[] anchors) {
        for (X509Certificate a : anchors) {
            if (a.equals(top)) return true;
            if (!a.getSubjectX500Principal().equals(top.getIssuerX500Principal())) continue;
            try {
                top.verify(a.getPublicKey());
                return true;
            } catch (GeneralSecurityException e) {
                // another CA of the same name: try the next anchor
            }
        }
        return false;
    }

    SslHandler serverHandler(ByteBufAllocator alloc) { return server.newHandler(alloc); }

    SslHandler clientHandler(ByteBufAllocator alloc, String host, int port) { return client.newHandler(alloc, host, port); }

    /**
     * Null when the authenticated peer of {@code ssl} (its handshake done) is {@code node}, else why not, for the log.
     */
    static String mismatch(SslHandler ssl, NodeId node) {
        Certificate[] peer;
        try {
            peer = ssl.engine().getSession().getPeerCertificates();
        } catch (SSLPeerUnverifiedException e) {
            return "the peer presented no certificate";
        }
        if (peer.length == 0 || !(peer[0] instanceof X509Certificate leaf)) return "the peer presented no X.509 certificate";
        return proves(leaf, node) ? null : "its certificate is for " + identities(leaf) + ", not for " + node;
    }

    static boolean proves(X509Certificate certificate, NodeId node) {
        return identities(certificate).contains(node.name());
    }

    /** The names a certificate proves: its subject CN and its DNS subject alternative names. */
    static Set<String> identities(X509Certificate certificate) {
        Set<String> names = new TreeSet<>();
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) names.add(String.valueOf(rdn.getValue()));
            }
        } catch (InvalidNameException e) {
            // no CN can be read: only the alternative names count
        }
        try {
            if (certificate.getSubjectAlternativeNames() != null) {
                for (List<?> san : certificate.getSubjectAlternativeNames()) {
                    if (Integer.valueOf(2).equals(san.get(0))) names.add(String.valueOf(san.get(1))); // dNSName
                }
            }
        } catch (CertificateParsingException e) {
            // an unreadable extension proves nothing
        }
        return names;
    }
}
