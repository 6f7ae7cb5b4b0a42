package dev.lockstep.runtime.api;

/**
 * The lower layers a generated machine reads (a role that declares {@code reads L}, docs/gossip.md "Layers"): the
 * current local state of role {@code L} on the same node. The runtime hosts the roles of one node together
 * ({@code ColocatedMachine}) and hands the upper roles' machines this view through
 * {@link RoleMachine#readLayers(Layers)}; reads are read-only and happen on the node's thread, within a step.
 */
@FunctionalInterface
public interface Layers {
    /** Role {@code role}'s current state on this node. */
    ItfEncodable state(String role);

    /** For a machine that was given no layers: every read names the role and explains why. */
    static Layers none(String reader, NodeId self) {
        return role -> {
            throw new IllegalStateException("role " + reader + " reads role " + role + " at node " + self
                    + ", but that node does not run " + role + " here: a layered role runs on a node with the roles it"
                    + " reads (ColocatedMachine)");
        };
    }
}
