package dev.lockstep.runtime.sim;

import dev.lockstep.runtime.node.LinkFaults;
import dev.lockstep.runtime.node.NodeOptions;
import dev.lockstep.runtime.trace.TraceSinks;
import java.util.Objects;

/**
 * One simulated run. Probabilities are per opportunity: {@code drop} per message sent (only on a lossy network, but
 * an exchange's messages on any network: docs/runtime.md, "Exchanges"),
 * {@code dup} per message delivered (only on a duplicating network, or a set network, which may deliver a message
 * again), {@code crash} per event (a random running node crashes and restarts after up to {@code maxDownMillis}).
 *
 * @param seed             everything random in the run derives from it: delivery order, latencies, faults,
 *                         timer delays, inputs and the nodes' default choosers
 * @param maxSteps         the run stops after this many node steps (actions fired), or earlier when nothing is left
 * @param maxLatencyMillis a message takes a uniformly random 1..max simulated milliseconds; this reorders
 *                         messages, except within a FIFO channel
 * @param maxInputDelayMillis an enabled input action is called by the simulated application after 0..max ms
 * @param linkFaults       per-message faults of single links, decided as over Netty (docs/runtime.md, "Per-message
 *                         faults"), on top of {@code drop} and {@code dup}; {@link LinkFaults#NONE}: none
 */
public record SimulationOptions(long seed, long maxSteps, double drop, double dup, double crash,
                                long maxLatencyMillis, long maxInputDelayMillis, long maxDownMillis,
                                NodeOptions node, TraceSinks traces, LinkFaults linkFaults) {
    /** No per-link faults. */
    public SimulationOptions(long seed, long maxSteps, double drop, double dup, double crash, long maxLatencyMillis,
                             long maxInputDelayMillis, long maxDownMillis, NodeOptions node, TraceSinks traces) {
        this(seed, maxSteps, drop, dup, crash, maxLatencyMillis, maxInputDelayMillis, maxDownMillis, node, traces,
                LinkFaults.NONE);
    }

    public SimulationOptions {
        Objects.requireNonNull(linkFaults, "linkFaults");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(traces, "traces");
        if (maxSteps < 0) throw new IllegalArgumentException("maxSteps must not be negative");
        for (double p : new double[] {drop, dup, crash}) {
            if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("probabilities must be in [0, 1]: " + p);
        }
        if (maxLatencyMillis < 1 || maxInputDelayMillis < 0 || maxDownMillis < 1) {
            throw new IllegalArgumentException("latency and down time must be at least 1 ms, input delay at least 0");
        }
    }

    /** No faults, no traces, 10 ms latency, 20 ms input delay, 50 ms down time. */
    public static SimulationOptions of(long seed, long maxSteps) {
        return new SimulationOptions(seed, maxSteps, 0, 0, 0, 10, 20, 50, NodeOptions.DEFAULTS, TraceSinks.OFF);
    }

    public SimulationOptions withFaults(double drop, double dup, double crash) {
        return new SimulationOptions(seed, maxSteps, drop, dup, crash, maxLatencyMillis, maxInputDelayMillis,
                maxDownMillis, node, traces, linkFaults);
    }

    public SimulationOptions withSeed(long seed) {
        return new SimulationOptions(seed, maxSteps, drop, dup, crash, maxLatencyMillis, maxInputDelayMillis,
                maxDownMillis, node, traces, linkFaults);
    }

    public SimulationOptions withLinkFaults(LinkFaults linkFaults) {
        return new SimulationOptions(seed, maxSteps, drop, dup, crash, maxLatencyMillis, maxInputDelayMillis,
                maxDownMillis, node, traces, linkFaults);
    }

    public SimulationOptions withTraces(TraceSinks traces) {
        return new SimulationOptions(seed, maxSteps, drop, dup, crash, maxLatencyMillis, maxInputDelayMillis,
                maxDownMillis, node, traces, linkFaults);
    }
}
