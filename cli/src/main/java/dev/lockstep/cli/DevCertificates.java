package dev.lockstep.cli;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.netty.ClusterTls;
import dev.lockstep.runtime.netty.TlsCredentials;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A development CA and node certificates for TLS between nodes (EC P-256, SHA-256 with ECDSA): what
 * {@code lockstep certs} writes and what {@code lockstep run} makes in memory for a localhost cluster. A node's
 * certificate names the node id as its subject CN and, when the id is a valid DNS label, as a DNS subject
 * alternative name; it serves as both TLS server and client. Uses BouncyCastle's certificate builder with the JDK's
 * own crypto provider.
 */
final class DevCertificates {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A CA: its key pair and self-signed certificate. */
    record Ca(KeyPair keys, X509Certificate certificate) {}

    private DevCertificates() {}

    static Ca newCa(String name, Duration validity) {
        KeyPair keys = keyPair();
        X500Name subject = cn(name);
        return new Ca(keys, sign(subject, keys, subject, keys.getPrivate(), validity, true, null));
    }

    /** A certificate for {@code node}, signed by {@code ca}, with a fresh key. */
    static TlsCredentials issue(Ca ca, NodeId node, Duration validity) {
        KeyPair keys = keyPair();
        X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
        X509Certificate cert = sign(cn(node.name()), keys, issuer, ca.keys().getPrivate(), validity, false, node.name());
        return new TlsCredentials(keys.getPrivate(), List.of(cert));
    }

    /**
     * An ephemeral CA and a certificate for each node, in memory only: {@code run} without a cluster file, so that
     * even nodes on 127.0.0.1 accept no one but each other.
     */
    static ClusterTls ephemeral(Collection<NodeId> nodes) {
        Ca ca = newCa("lockstep ephemeral CA", Duration.ofDays(1));
        Map<NodeId, TlsCredentials> creds = new TreeMap<>();
        for (NodeId n : nodes) creds.put(n, issue(ca, n, Duration.ofDays(1)));
        return ClusterTls.inMemory(List.of(ca.certificate()), creds);
    }

    /** PEM text of a certificate, or of a private key as unencrypted PKCS#8 ({@code BEGIN PRIVATE KEY}). */
    static String pem(Object certificateOrKey) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(text)) {
            w.writeObject(certificateOrKey instanceof PrivateKey k ? new JcaPKCS8Generator(k, null) : certificateOrKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static X500Name cn(String name) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name).build();
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no EC P-256 key generator", e);
        }
    }

    private static X509Certificate sign(X500Name subject, KeyPair subjectKeys, X500Name issuer, PrivateKey issuerKey,
                                        Duration validity, boolean isCa, String dnsName) {
        Instant now = Instant.now();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, RANDOM),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(validity)), subject,
                subjectKeys.getPublic());
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKeys.getPublic()));
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
            if (isCa) {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
                if (isDnsLabel(dnsName)) {
                    b.addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
                }
            }
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a certificate for " + subject + ": " + e.getMessage(), e);
        }
    }

    /** A DNS SAN must be ASCII letters, digits, hyphens and dots; other node ids are named by the CN only. */
    private static boolean isDnsLabel(String name) {
        return name.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    }
}
