package dev.lockstep.lang.analysis;

import java.util.List;

/**
 * What {@link Monotonicity} found: per role, how each variable moves and, per action, whether it is monotone or
 * the coordination points that make it not, each at the spec text responsible. {@code method} says how the
 * guards were shown upward-closed.
 */
public record MonotonicityReport(String spec, String method, List<RoleResult> roles) {
    /** The syntactic test ({@link StateTrends}); the invariants module adds a Z3 check on a model. */
    public static final String SYNTACTIC = "syntactic";

    /** How a variable moves across its role's actions: "constant", "grows", "shrinks" or "no lattice". */
    public record VarOrder(String name, Trend trend) {
        public String describe() {
            return switch (trend) {
                case CONST -> "constant";
                case UP -> "grows";
                case DOWN -> "shrinks";
                case NONE -> "no lattice";
            };
        }
    }

    public record ActionResult(String name, List<Point> points) {
        public boolean monotone() { return points.isEmpty(); }
    }

    /** {@code points}: the role's own coordination points (a crash that resets a growing variable). */
    public record RoleResult(String name, List<VarOrder> vars, List<ActionResult> actions, List<Point> points) {
        public boolean monotone() { return points.isEmpty() && actions.stream().allMatch(ActionResult::monotone); }
    }

    /** Every action of every role is monotone: by CALM, the protocol needs no coordination. */
    public boolean coordinationFree() { return roles.stream().allMatch(RoleResult::monotone); }

    public int coordinationPoints() {
        return roles.stream().mapToInt(r -> r.points().size()
                + r.actions().stream().mapToInt(a -> a.points().size()).sum()).sum();
    }
}
