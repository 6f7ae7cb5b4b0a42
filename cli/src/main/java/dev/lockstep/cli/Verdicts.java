package dev.lockstep.cli;

import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.modelcheck.CheckResult;

/**
 * The words of the "Result: ..." line, as {@link ExitCodes} is the exit code: the one place where a search's status
 * becomes what the user reads. The outcomes TLC ({@code check}) and the explorer ({@code explore} and its random
 * walks) share are worded once, so that the same finding reads the same whichever search made it.
 */
final class Verdicts {
    private Verdicts() {}

    static final String HOLDS = "holds";
    static final String DEADLOCK = "deadlock: a reachable state has no successor";

    /** A violated invariant or property: {@code kind} is "invariant" or "property". */
    static String violated(String kind, String name) { return kind + " " + name + " is violated"; }

    /** A transition property broken by the trace's last step (only the explorer names the step). */
    static String stepViolated(String name) { return violated("transition property", name) + " by the last step"; }

    static String of(ExploreResult r) {
        return switch (r.status()) {
            case HOLDS -> HOLDS;
            case INVARIANT_VIOLATED -> violated("invariant", r.violated());
            case PROPERTY_VIOLATED -> stepViolated(r.violated());
            case DEADLOCK -> DEADLOCK;
            case EVALUATION_ERROR -> "evaluation error";
            case LIMIT_REACHED -> "stopped at the limit; the figures are partial and no violation was found so far";
        };
    }

    static String of(CheckResult r) {
        return switch (r.status()) {
            case HOLDS -> HOLDS;
            case INVARIANT_VIOLATED -> violated("invariant", r.violated());
            case DEADLOCK -> DEADLOCK;
            case PROPERTY_VIOLATED -> violated("property", r.violated());
            case TOOL_ERROR -> "TLC could not check the model";
            case INTERNAL_ERROR -> "internal error (a Lockstep bug)";
        };
    }
}
