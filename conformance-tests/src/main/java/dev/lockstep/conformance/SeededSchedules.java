package dev.lockstep.conformance;

import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.runtime.trace.TraceSinks;

/**
 * An implementation under test, as the conformance harness sees it: given a seed, run one schedule (a deterministic
 * function of the seed: delivery order, drops, inputs, timeouts) and record every node's steps with a
 * {@link dev.lockstep.runtime.trace.TraceRecorder} on the sink {@code sinks.open(node)}. Hand-written code
 * implements this directly; machines that run on the runtime (generated ones) plug in with {@link #simulated}.
 */
@FunctionalInterface
public interface SeededSchedules {
    void run(long seed, TraceSinks sinks) throws Exception;

    /**
     * The runtime's simulator as an implementation under test: each seed is one {@link Simulation#run} of
     * {@code protocol} with {@code options} at that seed, recording into the harness's sinks. An action that throws
     * (for example an overflow) fails the run with the simulator's report.
     */
    static SeededSchedules simulated(ProtocolDescriptor protocol, SimulationOptions options) {
        return new Simulated(protocol, options);
    }

    /**
     * {@link #simulated}'s implementation; a record so that the harness can compare the descriptor's nodes with the
     * model's before any seed runs (a model mismatch is a setup error, not a divergence).
     */
    record Simulated(ProtocolDescriptor protocol, SimulationOptions options) implements SeededSchedules {
        @Override
        public void run(long seed, TraceSinks sinks) {
            SimulationResult r = Simulation.run(protocol, options.withSeed(seed).withTraces(sinks), OnlineCheck.NONE);
            if (!r.ok()) throw new AssertionError("simulation of " + protocol.protocol() + " failed: " + r.failure().get());
        }
    }
}
