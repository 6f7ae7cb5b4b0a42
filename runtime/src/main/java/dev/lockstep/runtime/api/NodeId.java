package dev.lockstep.runtime.api;

import java.util.Objects;

/** A node's identity: the name of a model value bound to a node constant (for example {@code r1} or {@code tm}). */
public record NodeId(String name) implements Comparable<NodeId>, ItfEncodable {
    public NodeId {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) throw new IllegalArgumentException("a node name is never empty");
    }

    public static NodeId of(String name) { return new NodeId(name); }

    /** By name: the same order as the spec's canonical order of node values, so iteration is deterministic. */
    @Override
    public int compareTo(NodeId o) { return name.compareTo(o.name); }

    @Override
    public Object toItf() { return name; }

    @Override
    public String toString() { return name; }
}
