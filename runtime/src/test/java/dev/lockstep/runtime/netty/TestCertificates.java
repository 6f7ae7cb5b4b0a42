package dev.lockstep.runtime.netty;

import dev.lockstep.runtime.api.NodeId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A throw-away CA and node certificates (EC P-256) for the TLS tests, in memory or as PEM files. */
public final class TestCertificates {
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

    /** A CA: its key pair and self-signed certificate. */
    public record Ca(KeyPair keys, X509Certificate certificate) {
        /** A certificate for {@code name} (subject CN and DNS alternative name), signed by this CA. */
        public TlsCredentials issue(String name) {
            Instant now = Instant.now();
            return issue(name, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1)));
        }

        /** A certificate valid from {@code notBefore} to {@code notAfter} only. */
        public TlsCredentials issue(String name, Instant notBefore, Instant notAfter) {
            KeyPair node = keyPair();
            return new TlsCredentials(node.getPrivate(), List.of(sign(new X500Name("CN=" + name), node, this, false,
                    name, notBefore, notAfter)));
        }
    }

    public static Ca ca(String name) {
        KeyPair keys = keyPair();
        Instant now = Instant.now();
        return new Ca(keys, sign(new X500Name("CN=" + name), keys, null, true, null, now.minus(Duration.ofMinutes(5)),
                now.plus(Duration.ofDays(1))));
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X500Name subject, KeyPair subjectKeys, Ca issuer, boolean isCa, String dnsName,
                                        Instant notBefore, Instant notAfter) {
        try {
            X500Name issuerName = issuer == null ? subject : X500Name.getInstance(
                    issuer.certificate().getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                    subjectKeys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(isCa ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            if (dnsName != null) {
                b.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
            }
            var signer = new JcaContentSignerBuilder("SHA256withECDSA")
                    .build(issuer == null ? subjectKeys.getPrivate() : issuer.keys().getPrivate());
            return new JcaX509CertificateConverter().getCertificate(b.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test certificate: " + e, e);
        }
    }

    /** Writes {@code object} (a certificate or a private key) as PEM. */
    static void writePem(Path file, Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(text)) {
            w.writeObject(object instanceof java.security.PrivateKey k
                    ? new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(k, null) : object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.writeString(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** In-memory TLS for {@code nodes}, all issued by {@code ca}. */
    public static ClusterTls cluster(Ca ca, java.util.Collection<NodeId> nodes) {
        java.util.Map<NodeId, TlsCredentials> creds = new java.util.TreeMap<>();
        for (NodeId n : nodes) creds.put(n, ca.issue(n.name()));
        return ClusterTls.inMemory(List.of(ca.certificate()), creds);
    }
}
