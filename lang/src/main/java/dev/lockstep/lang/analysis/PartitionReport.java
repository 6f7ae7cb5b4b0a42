package dev.lockstep.lang.analysis;

import java.util.List;

/**
 * What {@link Partitioning} found for each role: the key (a constant set) it can be sharded by, how each action
 * finds its shard, or the reasons it cannot be sharded, each at the spec text responsible.
 */
public record PartitionReport(String spec, List<RoleResult> roles) {
    /**
     * How an action finds its shard: {@code key} is the expression it indexes every variable by (a parameter, a
     * field of the received message, or a function of them), null when it touches no state (any shard may run it).
     * {@code message}: the type of the received message, else null.
     */
    public record Route(String action, String message, String key) {}

    /**
     * {@code key}: the constant set every variable is a function of (null when the variables disagree or one is
     * not a function); {@code refusals}: empty exactly when the role is partitionable by {@code key}.
     */
    public record RoleResult(String name, String key, List<Route> routes, List<Point> refusals) {
        public boolean partitionable() { return refusals.isEmpty(); }
    }
}
