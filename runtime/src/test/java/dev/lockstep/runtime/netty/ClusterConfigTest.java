package dev.lockstep.runtime.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.NodeId;
import org.junit.jupiter.api.Test;

class ClusterConfigTest {
    @Test
    void readsNodesWithAddressAndRole() {
        ClusterConfig c = ClusterConfig.parse("""
                { "nodes": { "tm": { "address": "127.0.0.1:7100", "role": "TM" },
                             "r1": { "address": "db-1.example:7101", "role": "ResourceManager" } } }
                """, "cluster.json");
        assertEquals(new ClusterConfig.Member("127.0.0.1", 7100, "TM"), c.member(NodeId.of("tm")));
        assertEquals(new ClusterConfig.Member("db-1.example", 7101, "ResourceManager"), c.member(NodeId.of("r1")));
        assertEquals(java.util.List.of(NodeId.of("r1"), NodeId.of("tm")), java.util.List.copyOf(c.nodes().keySet()));
    }

    private static String error(String json) {
        return assertThrows(ClusterConfigException.class, () -> ClusterConfig.parse(json, "c.json")).getMessage();
    }

    @Test
    void badFilesGetOneClearLine() {
        assertEquals("c.json:1:9: not valid JSON: Unexpected character ('}' (code 125)): was expecting a colon to "
                + "separate field name and value", error("{\"nodes\"}"));
        assertEquals("c.json: expected an object with a \"nodes\" object", error("[]"));
        assertEquals("c.json: the cluster has no nodes", error("{\"nodes\": {}}"));
        assertEquals("c.json: node \"a\": expected {\"address\": \"host:port\", \"role\": \"Role\"}",
                error("{\"nodes\": {\"a\": {\"address\": \"h:1\"}}}"));
        assertEquals("c.json: node \"a\": address \"h:99999\" is not host:port with a port in 1..65535",
                error("{\"nodes\": {\"a\": {\"address\": \"h:99999\", \"role\": \"R\"}}}"));
        assertEquals("c.json: node \"a\": address \"h\" is not host:port with a port in 1..65535",
                error("{\"nodes\": {\"a\": {\"address\": \"h\", \"role\": \"R\"}}}"));
    }

    @Test
    void theTlsSectionNamesTheCaAndEachNodesFilesRelativeToTheClusterFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("cluster.json");
        java.nio.file.Files.writeString(file, """
                { "tls": { "ca": "certs/ca.pem" },
                  "nodes": { "a": { "address": "127.0.0.1:7100", "role": "R", "cert": "certs/a.pem", "key": "certs/a.key" },
                             "b": { "address": "127.0.0.1:7101", "role": "R", "cert": "certs/b.pem" } } }
                """);
        ClusterConfig c = ClusterConfig.read(file);
        assertEquals(new PemClusterTls(file.toString(), dir.resolve("certs/ca.pem"),
                java.util.Map.of(NodeId.of("a"), dir.resolve("certs/a.pem"), NodeId.of("b"), dir.resolve("certs/b.pem")),
                java.util.Map.of(NodeId.of("a"), dir.resolve("certs/a.key"))), c.tls());
        assertEquals(false, c.insecurePlaintext());
        c.checkTransport();
        // Files are read when a node starts: a missing one is named then.
        ClusterConfigException missing = assertThrows(ClusterConfigException.class, () -> c.tls().trustAnchors());
        assertEquals(dir.resolve("certs/ca.pem") + ": no such certificate file", missing.getMessage());
        ClusterConfigException noKey = assertThrows(ClusterConfigException.class, () -> c.tls().credentials(NodeId.of("b")));
        assertEquals(file + ": node \"b\" runs in this process but has no \"key\" (its private key file)", noKey.getMessage());
    }

    @Test
    void plaintextMustBeChosenExplicitly() {
        ClusterConfig none = ClusterConfig.parse("{\"nodes\": {\"a\": {\"address\": \"h:1\", \"role\": \"R\"}}}", "c.json");
        assertThrows(ClusterConfigException.class, none::checkTransport);
        ClusterConfig plain = ClusterConfig.parse("{\"insecurePlaintext\": true, \"nodes\": {\"a\": {\"address\": "
                + "\"h:1\", \"role\": \"R\"}}}", "c.json");
        assertEquals(true, plain.insecurePlaintext());
        plain.checkTransport();
        none.withInsecurePlaintext().checkTransport();
    }

    @Test
    void badTlsSectionsGetOneClearLine() {
        String node = "\"a\": {\"address\": \"h:1\", \"role\": \"R\"";
        assertEquals("c.json: \"tls\" and \"insecurePlaintext\": true contradict each other",
                error("{\"tls\": {}, \"insecurePlaintext\": true, \"nodes\": {" + node + ", \"cert\": \"a.pem\"}}}"));
        assertEquals("c.json: \"insecurePlaintext\" must be true or false",
                error("{\"insecurePlaintext\": \"yes\", \"nodes\": {" + node + "}}}"));
        assertEquals("c.json: \"tls\" must be an object, optionally with \"ca\": \"ca.pem\" (the CA's certificate)",
                error("{\"tls\": true, \"nodes\": {" + node + "}}}"));
        assertEquals("c.json: node \"a\": the cluster uses TLS, so the node needs \"cert\" (its PEM certificate file)",
                error("{\"tls\": {}, \"nodes\": {" + node + "}}}"));
        assertEquals("c.json: node \"a\": has a \"key\", but the cluster file has no \"tls\" section",
                error("{\"nodes\": {" + node + ", \"key\": \"a.key\"}}}"));
        assertEquals("c.json: node \"a\": \"cert\" must be a file path",
                error("{\"tls\": {}, \"nodes\": {" + node + ", \"cert\": 7}}}"));
    }

    @Test
    void pemFilesThatAreNotWhatTheySayAreNamed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path junk = dir.resolve("junk.pem");
        java.nio.file.Files.writeString(junk, "hello\n");
        assertTrue(assertThrows(ClusterConfigException.class, () -> PemFiles.certificates(junk)).getMessage()
                .startsWith(junk + ": "));
        assertEquals(junk + ": not an unencrypted PKCS#8 private key (expected PEM \"-----BEGIN PRIVATE KEY-----\"; "
                + "convert with: openssl pkcs8 -topk8 -nocrypt -in KEY -out junk.pem)",
                assertThrows(ClusterConfigException.class, () -> PemFiles.privateKey(junk)).getMessage());
        java.nio.file.Files.writeString(junk, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertEquals(junk + ": the private key is neither an EC, an RSA nor an Ed25519 key",
                assertThrows(ClusterConfigException.class, () -> PemFiles.privateKey(junk)).getMessage());
    }

    @Test
    void jsonTooDeeplyNestedIsOneLineToo() {
        // Jackson's nesting limit reports no location; that was a NullPointerException.
        String message = error("{\"nodes\": " + "[".repeat(3000) + "]".repeat(3000) + "}");
        assertEquals(true, message.startsWith("c.json: not valid JSON: Document nesting depth"), message);
    }
}
