package dev.lockstep.runtime.api;

import java.util.List;
import java.util.Objects;

/**
 * An {@code exchange} action of a role as data for the runtime (docs/runtime.md, "Exchanges"): its view, weights and
 * rate, and its f1/f2/f3 projection over ITF messages. The generated {@code <Role><Exchange>Projection.spec} builds
 * one; the runtime's {@code ExchangeRunner} drives it, one exchange at a time per node, with a timeout and rollback.
 * All functions are pure.
 *
 * @param mayFail whether the spec says {@code may fail} (then a half-applied exchange is one of its outcomes)
 */
public record ExchangeSpec<S>(String name, String specLocation, boolean mayFail, View<S> view, Weight<S> weight,
                              Rate<S> rate, Initiates<S> initiates, F1<S> f1, F2<S> f2, F3<S> f3) {
    public ExchangeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(initiates, "initiates");
        Objects.requireNonNull(f1, "f1");
        Objects.requireNonNull(f2, "f2");
        Objects.requireNonNull(f3, "f3");
    }

    /** The view's support: the peer parameter's domain, in canonical order. */
    @FunctionalInterface
    public interface View<S> { List<NodeId> peers(S state); }

    /** The peer's weight in the view ({@code weighted w}; 1 when uniform); a peer of weight 0 is never chosen. */
    @FunctionalInterface
    public interface Weight<S> { long of(S state, NodeId peer); }

    /** Exchanges per round ({@code rate r}; 1 when not given). */
    @FunctionalInterface
    public interface Rate<S> { double of(S state); }

    /** The guard's initiator part: whether the node may start the exchange with {@code peer}. */
    @FunctionalInterface
    public interface Initiates<S> { boolean test(S state, NodeId peer); }

    /** f1 at the initiator: msg1 (the initiator's state is unchanged until f3). */
    @FunctionalInterface
    public interface F1<S> { ItfEncodable request(S state, NodeId peer); }

    /** f2 at the receiver: the rest of the guard, its new state and msg2; {@code reply} null when it declines. */
    @FunctionalInterface
    public interface F2<S> { Answer<S> serve(S state, Object requestItf); }

    /** f3 at the initiator: its new state from its saved state and msg2. */
    @FunctionalInterface
    public interface F3<S> { S complete(S state, NodeId peer, Object replyItf); }

    /** What f2 returns; {@code reply} is null when the receiver's part of the guard is false. */
    public record Answer<S>(S state, ItfEncodable reply) {}
}
