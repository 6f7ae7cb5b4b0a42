package dev.lockstep.cli;

import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.modelcheck.CheckResult;

/**
 * The process exit codes, and the one place where a library's verdict becomes one: the libraries report what they
 * found, and only the command line decides what that means to a shell script.
 */
final class ExitCodes {
    private ExitCodes() {}

    static final int HOLDS = 0;
    static final int VIOLATION = 1;
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 3;

    /** A search that stopped at its limit found no violation so far: 0, as for a search that finished. */
    static int of(ExploreResult.Status s) {
        return switch (s) {
            case HOLDS, LIMIT_REACHED -> HOLDS;
            case INVARIANT_VIOLATED, PROPERTY_VIOLATED, DEADLOCK -> VIOLATION;
            case EVALUATION_ERROR -> BAD_INPUT;
        };
    }

    /** TLC that cannot check the model (its own error, a timeout, a missing JVM) is the user's environment: 2. */
    static int of(CheckResult.Status s) {
        return switch (s) {
            case HOLDS -> HOLDS;
            case INVARIANT_VIOLATED, DEADLOCK, PROPERTY_VIOLATED -> VIOLATION;
            case TOOL_ERROR -> BAD_INPUT;
            case INTERNAL_ERROR -> INTERNAL_ERROR;
        };
    }

    static int of(ConformanceResult.Status s) {
        return switch (s) {
            case CONFORMS -> HOLDS;
            case DIVERGES -> VIOLATION;
            case BAD_INPUT -> BAD_INPUT;
        };
    }
}
