package dev.lockstep.lang.analysis;

import java.util.List;

/**
 * What {@link Placement} found for each combiner (an action receiving a message type) on one model: which nodes
 * must feed it. {@code groups} names the constant partitioning the senders (null when none does); {@code feeders}
 * is how many sender nodes must send, {@code of} how many may; {@code reasons} says why the input is not stable per
 * group (empty exactly when it is, and then {@code feeders} is the number of groups).
 */
public record PlacementReport(String spec, String model, List<Combiner> combiners) {
    public record Combiner(String role, String action, String message, List<String> senders, String groups,
                           List<List<String>> groupNodes, int feeders, int of, List<Point> reasons) {
        public boolean stablePerGroup() { return reasons.isEmpty(); }

        public String name() { return role + "." + action; }
    }
}
