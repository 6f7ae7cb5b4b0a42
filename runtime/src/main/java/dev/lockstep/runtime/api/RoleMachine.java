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

    /**
     * The node recovers from a crash in local state {@code crashed}: the result is the spec's {@code Crash} step
     * (docs/language.md, 9.1 and 9.2): the volatile variables back to their initial values, the durable ones kept,
     * then the role's {@code on restart} effects, with its sends as commands. A role that does not crash keeps every
     * variable: its "crash" is a pause, which every run of the spec allows.
     */
    default Step<S> restart(S crashed) {
        return new Step<>(crashed, List.of());
    }

    /**
     * The variables a node must keep on disk to recover as the spec says (docs/runtime.md, "Durable state"): a
     * crashing role's {@code durable var}s; for a role that does not crash, every variable (the spec never loses
     * its state, so a process restarted from disk must find all of it).
     */
    @SuppressWarnings("unchecked")
    default List<String> durableVariables() {
        return List.copyOf(((java.util.Map<String, ?>) initialStates().get(0).toItf()).keySet());
    }

    /** The role's {@code exchange} actions in spec order (docs/runtime.md, "Exchanges"); they are not in {@link #actions()}. */
    default List<ExchangeSpec<S>> exchanges() {
        return List.of();
    }

    /** The roles this one reads ({@code reads L}, docs/gossip.md "Layers"): they must run on the same node. */
    default List<String> layersRead() {
        return List.of();
    }

    /**
     * Gives the machine read access to the lower layers on its node ({@link #layersRead()}); called once, before
     * the node starts, by the runtime that hosts them together. Default: nothing to read.
     */
    default void readLayers(Layers layers) {}

    /** Whether the spec declares the role {@code crashes}: a restart then resets its volatile variables. */
    default boolean crashes() {
        return false;
    }
}
