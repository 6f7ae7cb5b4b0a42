package dev.lockstep.runtime.api;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * Everything the runtime needs to run a spec's generated machines for one model's constants: the network
 * guarantees, the roles with their nodes, a machine per node, and message decoding for transports and traces.
 */
public interface ProtocolDescriptor {
    /** The spec's protocol name. */
    String protocol();

    /** The model whose constants this descriptor was built with. */
    String model();

    NetworkSpec network();

    /** Roles in spec order. */
    List<RoleDescriptor> roles();

    /** Every node of the model once, in role order and then node order (a node of several roles comes once). */
    default List<NodeId> nodes() {
        LinkedHashSet<NodeId> out = new LinkedHashSet<>();
        for (RoleDescriptor r : roles()) out.addAll(r.nodes());
        return List.copyOf(out);
    }

    /** The roles {@code node} runs, in spec order: one, several for a node of several roles, none for no node. */
    default List<String> rolesOf(NodeId node) {
        return roles().stream().filter(r -> r.nodes().contains(node)).map(RoleDescriptor::name).toList();
    }

    /** A node's role as cluster files and messages name it: its role, or its roles joined by '+' (in spec order). */
    default String roleName(NodeId node) {
        return String.join("+", rolesOf(node));
    }

    /**
     * Decodes a message from its ITF tree (as produced by {@link Message#toItf()}).
     *
     * @throws MalformedValueException naming what is wrong (unknown type, missing field, wrong value kind)
     */
    Message messageFromItf(Object itf);

    /** A role and its nodes under the model's constants. */
    interface RoleDescriptor {
        String name();

        /** The role's nodes in canonical order. */
        List<NodeId> nodes();

        /** A fresh machine for one of {@link #nodes()}. */
        RoleMachine<? extends ItfEncodable> machine(NodeId self);
    }
}
