package dev.lockstep.runtime.sim;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole simulated system after a step, as an online check sees it: every node's local state (a crashed node's
 * is the state it will restart with) and the messages in flight. Valid only during the {@link OnlineCheck} call.
 */
public interface GlobalView {
    long seed();

    /** Global steps so far (the step just taken is number {@code step()}). */
    long step();

    /** Simulated milliseconds since the start. */
    long timeMillis();

    /** Every node's current local state, by node in canonical order. */
    Map<NodeId, ItfEncodable> states();

    /** The nodes that are crashed at the moment. */
    Set<NodeId> down();

    /** Sent and not yet consumed: on the simulated wire, then waiting in inboxes. */
    List<Envelope> inFlight();

    /**
     * The messages the spec's network variable holds in this state, as an evaluator-based check needs them: for a
     * {@code set} network every message sent and not dropped, delivered or not (delivery does not remove a message
     * from a set), in send order; for {@code bag} and {@code fifo} the same as {@link #inFlight()}.
     */
    List<Envelope> network();
}
