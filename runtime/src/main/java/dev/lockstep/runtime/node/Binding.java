package dev.lockstep.runtime.node;

import java.util.List;

/** An action with values for its parameters (in declaration order), as offered to a {@link Chooser}. */
public record Binding(String action, List<Object> params) {
    public Binding {
        params = List.copyOf(params);
    }
}
