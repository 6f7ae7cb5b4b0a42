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
 * Where each node of a cluster listens, which role it plays and how its connections are secured, read from a JSON
 * cluster file:
 * <pre>
 * { "tls": { "ca": "certs/ca.pem" },
 *   "nodes": {
 *     "tm": { "address": "127.0.0.1:7100", "role": "TM", "cert": "certs/tm.pem", "key": "certs/tm.key" },
 *     "r1": { "address": "127.0.0.1:7101", "role": "ResourceManager", "cert": "certs/r1.pem", "key": "certs/r1.key" } } }
 * </pre>
 * With {@code "tls"} every connection is TLS with mutual authentication ({@link NodeTls}): {@code ca} is the PEM
 * certificate of the CA that signed the nodes' certificates (without it, each node's own certificate is trusted
 * as it is); every node names its PEM certificate, and the nodes a process runs also their PKCS#8 key. Paths are
 * relative to the cluster file. Without {@code "tls"} the file must say {@code "insecurePlaintext": true}: plaintext
 * lets anyone who reaches a port pose as a node. A config that chooses neither cannot start a node
 * ({@link #checkTransport}); the CLI's {@code --insecure-plaintext} chooses plaintext for it.
 *
 * @param tls               the cluster's certificates, or null for plaintext
 * @param insecurePlaintext plaintext was chosen explicitly (never together with {@code tls})
 */
public record ClusterConfig(Map<NodeId, Member> nodes, ClusterTls tls, boolean insecurePlaintext) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A node's listening address and role. */
    public record Member(String host, int port, String role) {
        public InetSocketAddress address() { return new InetSocketAddress(host, port); }
    }

    public ClusterConfig {
        nodes = Collections.unmodifiableMap(new TreeMap<>(nodes));
        if (tls != null && insecurePlaintext) throw new IllegalArgumentException("TLS and plaintext at once");
    }

    /** Nodes whose transport is not chosen yet: {@link #withTls} or {@link #withInsecurePlaintext} must follow. */
    public static ClusterConfig unsecured(Map<NodeId, Member> nodes) { return new ClusterConfig(nodes, null, false); }

    /**
     * Every node of {@code protocol}'s model on 127.0.0.1, each on a port that was free a moment ago, with no
     * transport chosen yet: add TLS ({@link #withTls}) or choose plaintext ({@link #withInsecurePlaintext}) before starting it.
     * For tests and single-machine runs; nothing listens on any other address.
     */
    public static ClusterConfig loopback(dev.lockstep.runtime.api.ProtocolDescriptor protocol) {
        Map<NodeId, Member> members = new java.util.TreeMap<>();
        java.util.List<java.net.ServerSocket> held = new java.util.ArrayList<>();
        try {
            // Hold every socket until all ports are chosen, so that no two nodes get the same port.
            // A node of several roles (ColocatedMachine) is one member on one port.
            for (NodeId n : protocol.nodes()) {
                var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                held.add(s);
                members.put(n, new Member("127.0.0.1", s.getLocalPort(), protocol.roleName(n)));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot find free ports on 127.0.0.1: " + e.getMessage(), e);
        } finally {
            for (var s : held) {
                try {
                    s.close();
                } catch (java.io.IOException ignored) {
                    // the port is released either way
                }
            }
        }
        return unsecured(members);
    }

    public ClusterConfig withTls(ClusterTls clusterTls) { return new ClusterConfig(nodes, clusterTls, false); }

    /** Plaintext, chosen explicitly: no node proves who it is. */
    public ClusterConfig withInsecurePlaintext() { return new ClusterConfig(nodes, null, true); }

    /** Refuses a config that chose neither TLS nor plaintext. */
    public void checkTransport() {
        if (tls == null && !insecurePlaintext) {
            throw new ClusterConfigException("the cluster file has no \"tls\" section, so the nodes could not tell a "
                    + "peer from an impostor: name the certificates (make them with: lockstep certs --out DIR --nodes "
                    + String.join(",", nodes.keySet().stream().map(NodeId::name).toList()) + ") or, to run without "
                    + "authentication, set \"insecurePlaintext\": true (lockstep run: --insecure-plaintext)");
        }
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
        Path dir = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), dir);
    }

    /** Parses a cluster file's text; {@code source} names it in error messages; relative paths are from the cwd. */
    public static ClusterConfig parse(String json, String source) {
        return parse(json, source, Path.of(""));
    }

    /** Parses a cluster file's text; {@code source} names it in messages; paths are relative to {@code dir}. */
    public static ClusterConfig parse(String json, String source, Path dir) {
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
        JsonNode tlsSection = root.get("tls");
        if (tlsSection != null && (!tlsSection.isObject() || (tlsSection.has("ca") && !tlsSection.get("ca").isTextual()))) {
            throw new ClusterConfigException(source + ": \"tls\" must be an object, optionally with \"ca\": "
                    + "\"ca.pem\" (the CA's certificate)");
        }
        JsonNode plain = root.get("insecurePlaintext");
        if (plain != null && !plain.isBoolean()) {
            throw new ClusterConfigException(source + ": \"insecurePlaintext\" must be true or false");
        }
        boolean insecurePlaintext = plain != null && plain.asBoolean();
        if (tlsSection != null && insecurePlaintext) {
            throw new ClusterConfigException(source + ": \"tls\" and \"insecurePlaintext\": true contradict each other");
        }
        Map<NodeId, Member> nodes = new TreeMap<>();
        Map<NodeId, Path> certs = new TreeMap<>();
        Map<NodeId, Path> keys = new TreeMap<>();
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
            NodeId id = NodeId.of(e.getKey());
            nodes.put(id, new Member(address.substring(0, colon), port, n.get("role").asText()));
            for (String field : new String[] {"cert", "key"}) {
                if (!n.has(field)) continue;
                if (!n.get(field).isTextual()) throw new ClusterConfigException(where + ": \"" + field + "\" must be a file path");
                if (tlsSection == null) {
                    throw new ClusterConfigException(where + ": has a \"" + field + "\", but the cluster file has no "
                            + "\"tls\" section");
                }
                (field.equals("cert") ? certs : keys).put(id, dir.resolve(n.get(field).asText()));
            }
            if (tlsSection != null && !certs.containsKey(id)) {
                throw new ClusterConfigException(where + ": the cluster uses TLS, so the node needs \"cert\" (its PEM "
                        + "certificate file)");
            }
        }
        if (nodes.isEmpty()) throw new ClusterConfigException(source + ": the cluster has no nodes");
        ClusterTls tls = tlsSection == null ? null : new PemClusterTls(source,
                tlsSection.has("ca") ? dir.resolve(tlsSection.get("ca").asText()) : null, certs, keys);
        return new ClusterConfig(nodes, tls, insecurePlaintext);
    }

    /** Checks that the file lists exactly the protocol's nodes, each with its role; every problem is listed. */
    public void validate(ProtocolDescriptor protocol) {
        List<String> problems = new ArrayList<>();
        Map<NodeId, String> expected = new TreeMap<>();
        // A node of several roles (ColocatedMachine) is one member, its role the roles joined by '+'.
        for (NodeId n : protocol.nodes()) expected.put(n, protocol.roleName(n));
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
