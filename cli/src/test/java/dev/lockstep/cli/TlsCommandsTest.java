package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.netty.ClusterConfig;
import dev.lockstep.runtime.netty.Clusters;
import dev.lockstep.runtime.netty.PemFiles;
import dev.lockstep.runtime.testing.TwoPhaseCommit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockstep certs} and {@code run}'s transport: TLS by default, plaintext only when asked for. */
class TlsCommandsTest {
    static final String TPC = RuntimeCommandsTest.TPC;
    /** Two-phase commit whose TM waits a minute before aborting: it commits once every RM prepared. */
    static final String PATIENT = "dev.lockstep.runtime.testing.TwoPhaseCommit$Patient";
    static final List<String> NODES = List.of("r1", "r2", "r3", "tm");

    /** A cluster file on free loopback ports; {@code security} is the top-level field(s) ahead of "nodes". */
    private static Path clusterFile(Path dir, String security, boolean withCerts) throws Exception {
        ProtocolDescriptor tpc = new TwoPhaseCommit.Patient();
        ClusterConfig ports = Clusters.loopback(tpc);
        StringJoiner nodes = new StringJoiner(", ");
        for (var e : ports.nodes().entrySet()) {
            String n = e.getKey().name();
            nodes.add("\"" + n + "\": {\"address\": \"127.0.0.1:" + e.getValue().port() + "\", \"role\": \""
                    + e.getValue().role() + "\"" + (withCerts ? ", \"cert\": \"certs/" + n + ".pem\", \"key\": \"certs/"
                    + n + ".key\"" : "") + "}");
        }
        Path file = dir.resolve("cluster.json");
        Files.writeString(file, "{" + security + "\"nodes\": {" + nodes + "}}");
        return file;
    }

    private static CliTest.Run run(Path cluster, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", "--descriptor", PATIENT, "--input", "r1:Prepare",
                "--input", "r2:Prepare", "--input", "r3:Prepare", "--seconds", "1", "--format", "json"));
        if (cluster != null) args.addAll(List.of("--cluster", cluster.toString()));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    private static void committed(CliTest.Run r) throws Exception {
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (String rm : List.of("r1", "r2", "r3")) {
            assertEquals("committed", json.get("nodes").get(rm).get("state").get("state").asText(), r.out());
        }
        for (String n : NODES) {
            String transport = json.get("nodes").get(n).get("transport").asText();
            assertTrue(transport.contains("UNAUTHENTICATED=0, WRONG_IDENTITY=0"), transport);
        }
    }

    @Test
    void certsWritesACaAndACertificatePerNodeAndNeverOverwrites(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("certs");
        CliTest.Run r = CliTest.run("certs", "--out", out.toString(), "--nodes", String.join(",", NODES));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"tls\": { \"ca\": \"" + out.resolve("ca.pem") + "\" },"), r.out());
        X509Certificate ca = PemFiles.certificates(out.resolve("ca.pem")).get(0);
        for (String n : NODES) {
            X509Certificate cert = PemFiles.certificates(out.resolve(n + ".pem")).get(0);
            cert.verify(ca.getPublicKey()); // signed by the CA
            assertEquals("CN=" + n, cert.getSubjectX500Principal().getName());
            assertEquals(List.of(List.of(2, n)), List.copyOf(cert.getSubjectAlternativeNames()));
            assertEquals("EC", PemFiles.privateKey(out.resolve(n + ".key")).getAlgorithm());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(n + ".key"))));
        }
        CliTest.Run again = CliTest.run("certs", "--out", out.toString(), "--nodes", "tm");
        assertEquals(2, again.exit());
        assertTrue(again.err().startsWith("lockstep certs: will not overwrite [" + out.resolve("ca.pem")), again.err());
    }

    @Test
    void certsRefusesNodeIdsThatCannotBeFileNames(@TempDir Path dir) {
        CliTest.Run r = CliTest.run("certs", "--out", dir.toString(), "--nodes", "a,../b,ca,a", "--days", "30");
        assertEquals(2, r.exit());
        assertEquals("lockstep certs: --nodes: node id '../b' cannot be a file name (letters, digits, '_', '-', '.' "
                + "only); node id 'ca' would share the CA's files; node id 'a' is given twice", r.err().strip());
        CliTest.Run days = CliTest.run("certs", "--out", dir.toString(), "--nodes", "a", "--days", "0");
        assertEquals(2, days.exit());
        assertTrue(days.err().contains("--days 0: expected 1..3650"), days.err());
    }

    @Test
    void runOverTlsWithTheCertificatesOfCerts(@TempDir Path dir) throws Exception {
        assertEquals(0, CliTest.run("certs", "--out", dir.resolve("certs").toString(), "--nodes",
                String.join(",", NODES)).exit());
        Path cluster = clusterFile(dir, "\"tls\": {\"ca\": \"certs/ca.pem\"}, ", true);
        committed(run(cluster, "--tls"));
        CliTest.Run plain = run(cluster, "--insecure-plaintext");
        assertEquals(2, plain.exit());
        assertTrue(plain.err().contains("--insecure-plaintext: the cluster file has a \"tls\" section"), plain.err());
    }

    @Test
    void runOnLocalhostIsTlsByDefaultAndPlaintextOnlyWhenAskedFor() throws Exception {
        CliTest.Run tls = CliTest.run("run", "--descriptor", TPC, "--input", "r1:Prepare", "--seconds", "0.2");
        assertEquals(0, tls.exit(), tls.err());
        assertTrue(tls.out().contains("over TLS (ephemeral CA in memory)"), tls.out());
        committed(run(null));
        CliTest.Run plain = CliTest.run("run", "--descriptor", TPC, "--insecure-plaintext", "--seconds", "0.2");
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.out().contains("over PLAINTEXT (insecure: no peer is authenticated)"), plain.out());
        CliTest.Run both = CliTest.run("run", "--descriptor", TPC, "--tls", "--insecure-plaintext", "--seconds", "1");
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("--tls and --insecure-plaintext contradict each other"), both.err());
    }

    @Test
    void aClusterFileWithoutTlsNeedsPlaintextChosenExplicitly(@TempDir Path dir) throws Exception {
        Path cluster = clusterFile(dir, "", false);
        CliTest.Run refused = run(cluster);
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("the cluster file has no \"tls\" section"), refused.err());
        assertTrue(refused.err().contains("lockstep certs --out DIR --nodes r1,r2,r3,tm"), refused.err());
        CliTest.Run tls = run(cluster, "--tls");
        assertEquals(2, tls.exit());
        assertTrue(tls.err().startsWith("lockstep run: --tls: the cluster file has no \"tls\" section"), tls.err());
        committed(run(cluster, "--insecure-plaintext"));
        committed(run(clusterFile(dir, "\"insecurePlaintext\": true, ", false)));
    }

    @Test
    void aMissingKeyFileIsBadInputNamingTheFile(@TempDir Path dir) throws Exception {
        assertEquals(0, CliTest.run("certs", "--out", dir.resolve("certs").toString(), "--nodes",
                String.join(",", NODES)).exit());
        Files.delete(dir.resolve("certs/r2.key"));
        CliTest.Run r = run(clusterFile(dir, "\"tls\": {\"ca\": \"certs/ca.pem\"}, ", true));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(dir.resolve("certs/r2.key") + ": no such private key file"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }
}
