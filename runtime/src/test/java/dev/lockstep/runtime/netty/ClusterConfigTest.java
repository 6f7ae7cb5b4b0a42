package dev.lockstep.runtime.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void jsonTooDeeplyNestedIsOneLineToo() {
        // Jackson's nesting limit reports no location; that was a NullPointerException.
        String message = error("{\"nodes\": " + "[".repeat(3000) + "]".repeat(3000) + "}");
        assertEquals(true, message.startsWith("c.json: not valid JSON: Document nesting depth"), message);
    }
}
