package dev.lockstep.runtime.netty;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A node's TLS identity: its private key and its certificate chain (its own certificate first, then any
 * intermediate CA). The certificate names the node in its subject CN or a DNS subject alternative name.
 */
public record TlsCredentials(PrivateKey key, List<X509Certificate> chain) {
    public TlsCredentials {
        if (chain.isEmpty()) throw new IllegalArgumentException("a certificate chain needs at least the node's certificate");
        chain = List.copyOf(chain);
    }
}
