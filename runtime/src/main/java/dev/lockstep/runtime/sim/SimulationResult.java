package dev.lockstep.runtime.sim;

import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import java.util.Map;
import java.util.Optional;

/**
 * How a simulated run ended.
 *
 * @param steps       node steps taken (actions fired)
 * @param quiescent   true when the run ended because nothing was left to happen (no message, timer or input)
 * @param failure     the first violation of the online check, or an action that threw, with its step
 * @param finalStates every node's state at the end
 */
public record SimulationResult(long seed, long steps, long events, long timeMillis, long delivered, long dropped,
                               long duplicated, long crashes, long inboxOverflows, boolean quiescent,
                               Optional<Failure> failure, Map<NodeId, ItfEncodable> finalStates) {

    /** Why and where a run stopped early. Replay with the same descriptor, options and {@code seed}. */
    public record Failure(long seed, long step, String node, String action, String reason) {
        @Override
        public String toString() {
            return "seed " + seed + ", step " + step + " (node " + node + ", action " + action + "): " + reason;
        }
    }

    public boolean ok() { return failure.isEmpty(); }
}
