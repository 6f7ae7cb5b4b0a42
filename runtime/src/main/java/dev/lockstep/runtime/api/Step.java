package dev.lockstep.runtime.api;

import java.util.List;
import java.util.Objects;

/** The result of firing an action: the node's new local state and the commands to carry out. */
public record Step<S>(S state, List<Command> commands) {
    public Step {
        Objects.requireNonNull(state, "state");
        commands = List.copyOf(commands);
    }
}
