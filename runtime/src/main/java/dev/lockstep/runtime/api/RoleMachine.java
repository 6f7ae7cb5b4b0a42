package dev.lockstep.runtime.api;

import java.util.List;

/**
 * A role's state machine for one node ({@link #self()}), with the model's constants fixed at construction. It is
 * pure: no I/O, no clocks, no randomness. The state type {@code S} is a generated immutable record whose ITF
 * encoding is a record of the role's variables under their spec names.
 */
public interface RoleMachine<S extends ItfEncodable> {
    String role();

    NodeId self();

    /** All initial states (more than one when a variable is initialized with {@code \in}), in canonical order. */
    List<S> initialStates();

    /** The commands to carry out when the node starts in {@code initial}: the SetTimer of each enabled timer action. */
    List<Command> start(S initial);

    /** The role's actions in spec order. */
    List<ActionSpec<S>> actions();
}
