package dev.lockstep.runtime.netty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads the PEM files a cluster file names, with the JDK alone: certificates ({@code BEGIN CERTIFICATE}, one or more
 * per file) and unencrypted PKCS#8 private keys ({@code BEGIN PRIVATE KEY}, EC or RSA), as {@code lockstep certs} and
 * {@code openssl genpkey} write them. Every problem is a {@link ClusterConfigException} naming the file.
 */
public final class PemFiles {
    private PemFiles() {}

    public static List<X509Certificate> certificates(Path file) {
        byte[] bytes = read(file, "certificate");
        try {
            List<X509Certificate> out = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) throw new ClusterConfigException(file + ": no certificate in this file (expected PEM "
                    + "\"-----BEGIN CERTIFICATE-----\")");
            return out;
        } catch (GeneralSecurityException e) {
            throw new ClusterConfigException(file + ": not a PEM certificate: " + e.getMessage());
        }
    }

    public static PrivateKey privateKey(Path file) {
        String text = new String(read(file, "private key"), StandardCharsets.US_ASCII);
        String begin = "-----BEGIN PRIVATE KEY-----";
        String end = "-----END PRIVATE KEY-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new ClusterConfigException(file + ": not an unencrypted PKCS#8 private key (expected PEM \"" + begin
                    + "\"; convert with: openssl pkcs8 -topk8 -nocrypt -in KEY -out " + file.getFileName() + ")");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new ClusterConfigException(file + ": the private key is not valid base64: " + e.getMessage());
        }
        for (String algorithm : List.of("EC", "RSA", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new ClusterConfigException(file + ": the private key is neither an EC, an RSA nor an Ed25519 key");
    }

    private static byte[] read(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ClusterConfigException(file + ": no such " + what + " file");
        } catch (IOException e) {
            throw new ClusterConfigException(file + ": cannot read the " + what + ": " + e.getMessage());
        }
    }
}
