package dev.lockstep.runtime.netty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each node of a cluster listens and which role it plays, read from a JSON cluster file:
 * <pre>
 * { "nodes": {
 *     "tm": { "address": "127.0.0.1:7100", "role": "TM" },
 *     "r1": { "address": "127.0.0.1:7101", "role": "ResourceManager" } } }
 * </pre>
 */
public record ClusterConfig(Map<NodeId, Member> nodes) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A node's listening address and role. */
    public record Member(String host, int port, String role) {
        public InetSocketAddress address() { return new InetSocketAddress(host, port); }
    }

    public ClusterConfig {
        nodes = Collections.unmodifiableMap(new TreeMap<>(nodes));
    }

    public Member member(NodeId node) {
        Member m = nodes.get(node);
        if (m == null) throw new ClusterConfigException("node " + node + " is not in the cluster file");
        return m;
    }

    public static ClusterConfig read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ClusterConfigException(file + ": the cluster file is not valid UTF-8 text");
        } catch (IOException e) {
            throw new ClusterConfigException(file + ": cannot read the cluster file: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** Parses a cluster file's text; {@code source} names it in error messages. */
    public static ClusterConfig parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Some errors (a nesting limit, say) come without a location.
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new ClusterConfigException(source + at + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("nodes").isObject()) {
            throw new ClusterConfigException(source + ": expected an object with a \"nodes\" object");
        }
        Map<NodeId, Member> nodes = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("nodes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = source + ": node \"" + e.getKey() + "\"";
            if (e.getKey().isEmpty()) throw new ClusterConfigException(source + ": a node name is empty");
            JsonNode n = e.getValue();
            if (!n.path("address").isTextual() || !n.path("role").isTextual()) {
                throw new ClusterConfigException(where + ": expected {\"address\": \"host:port\", \"role\": \"Role\"}");
            }
            String address = n.get("address").asText();
            int colon = address.lastIndexOf(':');
            int port;
            try {
                port = colon < 1 ? -1 : Integer.parseInt(address.substring(colon + 1));
            } catch (NumberFormatException ex) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw new ClusterConfigException(where + ": address \"" + address + "\" is not host:port with a port in 1..65535");
            }
            nodes.put(NodeId.of(e.getKey()), new Member(address.substring(0, colon), port, n.get("role").asText()));
        }
        if (nodes.isEmpty()) throw new ClusterConfigException(source + ": the cluster has no nodes");
        return new ClusterConfig(nodes);
    }

    /** Checks that the file lists exactly the protocol's nodes, each with its role; every problem is listed. */
    public void validate(ProtocolDescriptor protocol) {
        List<String> problems = new ArrayList<>();
        Map<NodeId, String> expected = new TreeMap<>();
        for (ProtocolDescriptor.RoleDescriptor r : protocol.roles()) for (NodeId n : r.nodes()) expected.put(n, r.name());
        expected.forEach((n, role) -> {
            Member m = nodes.get(n);
            if (m == null) problems.add("node " + n + " (role " + role + ") is missing");
            else if (!m.role().equals(role)) problems.add("node " + n + " has role " + m.role() + ", the model says " + role);
        });
        for (NodeId n : nodes.keySet()) {
            if (!expected.containsKey(n)) problems.add("node " + n + " is not a node of model " + protocol.model());
        }
        if (!problems.isEmpty()) {
            throw new ClusterConfigException("the cluster file does not match " + protocol.protocol() + " model "
                    + protocol.model() + ": " + String.join("; ", problems));
        }
    }
}
