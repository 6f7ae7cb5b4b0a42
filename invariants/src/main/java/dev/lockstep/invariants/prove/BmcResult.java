package dev.lockstep.invariants.prove;

import dev.lockstep.lang.explore.Trace;
import java.util.List;

/**
 * Bounded model checking to {@code depth} steps. {@code trace} is the shortest counterexample found (null if
 * none within the bound), as states and explorer labels; {@code verdict} is PROVED (no violation within the
 * bound), VIOLATED, or UNKNOWN (with {@code reason}).
 */
public record BmcResult(int depth, Verdict verdict, String violated, List<Trace.Step> trace, String reason,
                        double seconds) {}
