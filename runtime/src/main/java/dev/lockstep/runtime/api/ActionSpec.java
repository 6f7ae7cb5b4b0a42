package dev.lockstep.runtime.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One action of a role, as data, so that the runtime can drive a generated machine without reflection. The
 * functions delegate to the machine's typed {@code enabledX}/{@code X} methods; parameter values are passed in
 * declaration order as the Java values of the value mapping (Long, Boolean, String, NodeId, generated enums and
 * records, immutable Set/Map/List). {@code message} is null unless the trigger is {@link Trigger#ON_RECEIVE}.
 * A quorum receive ({@link Trigger#ON_RECEIVE_ALL}) has no {@code guard} and {@code effect} of its own: its
 * {@link ReceiveAll} says which messages it reads and takes the set of them.
 *
 * @param messageType  the received message type for ON_RECEIVE and ON_RECEIVE_ALL actions, else null
 * @param timerLowMillis, timerHighMillis the delay range for TIMER actions, else 0
 * @param specLocation where the action is declared, {@code file:line:col}
 */
public record ActionSpec<S>(String name, Trigger trigger, String messageType, long timerLowMillis,
                            long timerHighMillis, List<Param<S>> params, Guard<S> guard, Effect<S> effect,
                            String specLocation, ReceiveAll<S> receiveAll) {
    public ActionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trigger, "trigger");
        params = List.copyOf(params);
        boolean receives = trigger == Trigger.ON_RECEIVE || trigger == Trigger.ON_RECEIVE_ALL;
        if (receives != (messageType != null)) {
            throw new IllegalArgumentException("messageType is required exactly for receive actions: " + name);
        }
        if ((trigger == Trigger.ON_RECEIVE_ALL) != (receiveAll != null)) {
            throw new IllegalArgumentException("receiveAll is required exactly for ON_RECEIVE_ALL actions: " + name);
        }
    }

    /** An action that is not a quorum receive. */
    public ActionSpec(String name, Trigger trigger, String messageType, long timerLowMillis, long timerHighMillis,
                      List<Param<S>> params, Guard<S> guard, Effect<S> effect, String specLocation) {
        this(name, trigger, messageType, timerLowMillis, timerHighMillis, params, guard, effect, specLocation, null);
    }

    /**
     * A quorum receive, {@code on receive all ms: T from Q where m: filter}: with the parameters bound, the received
     * set is every deliverable message of type T whose sender is in {@code senders} and that passes {@code filter};
     * the action is enabled when every sender sent one of them and {@code guard} holds for the set.
     */
    public record ReceiveAll<S>(Senders<S> senders, Filter<S> filter, SetGuard<S> guard, SetEffect<S> effect) {
        public ReceiveAll {
            Objects.requireNonNull(senders, "senders");
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(guard, "guard");
            Objects.requireNonNull(effect, "effect");
        }
    }

    @FunctionalInterface
    public interface Senders<S> {
        /** The nodes that must each contribute a message ({@code Q}). */
        Set<NodeId> of(S state, List<Object> params);
    }

    @FunctionalInterface
    public interface Filter<S> {
        /** Whether {@code message} (of the action's type, from a sender) qualifies. */
        boolean test(S state, List<Object> params, Message message);
    }

    @FunctionalInterface
    public interface SetGuard<S> {
        /** The guard, for a received set that covers the senders; the set is in canonical order. */
        boolean test(S state, List<Object> params, Set<? extends Message> received);
    }

    @FunctionalInterface
    public interface SetEffect<S> {
        /** Only called when the guard holds. May throw {@link SpecOverflowException}. */
        Step<S> apply(S state, List<Object> params, Set<? extends Message> received);
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
