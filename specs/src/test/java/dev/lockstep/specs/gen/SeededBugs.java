package dev.lockstep.specs.gen;

import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.SimulationOptions;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/** The machines of a buggy variant run on the simulator and checked online against the correct spec. */
public final class SeededBugs {
    private SeededBugs() {}

    /**
     * On how many of seeds 1..{@code seeds} the online check against {@code correct} catches {@code buggy}; each
     * divergence goes to {@code expect} (with the outcome's description) so a test can say how it must look.
     */
    public static int caughtSeeds(ModelInstance correct, ProtocolDescriptor buggy, int seeds,
                                  LongFunction<SimulationOptions> options, BiConsumer<Divergence, String> expect) {
        int caught = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(correct, buggy, options.apply(seed));
            if (out.ok()) continue;
            expect.accept(out.divergence().orElseThrow(() -> new AssertionError(out.describe())), out.describe());
            caught++;
        }
        return caught;
    }
}
