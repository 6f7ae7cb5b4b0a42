package dev.lockstep.runtime.api;

import java.util.List;
import java.util.Objects;

/**
 * One action of a role, as data, so that the runtime can drive a generated machine without reflection. The
 * functions delegate to the machine's typed {@code enabledX}/{@code X} methods; parameter values are passed in
 * declaration order as the Java values of the value mapping (Long, Boolean, String, NodeId, generated enums and
 * records, immutable Set/Map/List). {@code message} is null unless the trigger is {@link Trigger#ON_RECEIVE}.
 *
 * @param messageType  the received message type for ON_RECEIVE actions, else null
 * @param timerLowMillis, timerHighMillis the delay range for TIMER actions, else 0
 * @param specLocation where the action is declared, {@code file:line:col}
 */
public record ActionSpec<S>(String name, Trigger trigger, String messageType, long timerLowMillis,
                            long timerHighMillis, List<Param<S>> params, Guard<S> guard, Effect<S> effect,
                            String specLocation) {
    public ActionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trigger, "trigger");
        params = List.copyOf(params);
        if ((trigger == Trigger.ON_RECEIVE) != (messageType != null)) {
            throw new IllegalArgumentException("messageType is required exactly for ON_RECEIVE actions: " + name);
        }
    }

    /**
     * A parameter and its finite domain. The domain may depend on the state, the received message and the
     * parameters before it ({@code earlier}, in order), like the spec's {@code with x \in S} clauses.
     */
    public record Param<S>(String name, Domain<S> domain) {}

    @FunctionalInterface
    public interface Domain<S> {
        /** The domain's elements in the spec's canonical order. */
        List<?> values(S state, List<Object> earlier, Message message);
    }

    @FunctionalInterface
    public interface Guard<S> {
        boolean test(S state, List<Object> params, Message message);
    }

    @FunctionalInterface
    public interface Effect<S> {
        /** Only called when the guard holds. May throw {@link SpecOverflowException}. */
        Step<S> apply(S state, List<Object> params, Message message);
    }
}
