package dev.lockstep.conformance;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.GlobalView;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSinks;
import java.util.Optional;

/**
 * The spec itself as the simulator's online check: every trace event a simulated node records is replayed at once
 * through the evaluator by a {@link ConformanceMonitor} (the action is enabled with its parameters and message, the
 * state and the sends are the spec's, every checked invariant holds on the reconstructed global state), and the
 * first divergence stops the run at that step. The simulator's {@link SimulationResult.Failure} then names the seed
 * and the step, and {@link #divergence()} has the full report.
 *
 * <p>It plugs into the runtime in two places, because the runtime does not depend on the compiler: the per-node
 * {@link TraceSinks} (events reach the monitor as they are written, and still reach the caller's sinks, files for
 * example) and the {@link OnlineCheck} (consulted after every step). {@link #run} wires both; one instance checks
 * one run. The sinks may be written from several threads (nodes on Netty, for example): a {@link HappensBeforeFeed}
 * orders their events by happens-before before the monitor sees them.
 */
public final class SpecOnlineCheck implements OnlineCheck {
    private final ConformanceMonitor monitor;
    private final HappensBeforeFeed feed;

    /** @param source names the run in reports, e.g. {@code "seed 17"} */
    public SpecOnlineCheck(ModelInstance model, String source) {
        this.monitor = new ConformanceMonitor(model);
        this.feed = new HappensBeforeFeed(monitor, source);
    }

    /** The outcome of one checked run: the simulator's result and, if the run left the spec, the divergence. */
    public record Outcome(SimulationResult result, Optional<Divergence> divergence, long eventsChecked) {
        /** True when no action failed and every event conformed. */
        public boolean ok() { return result.ok() && divergence.isEmpty(); }

        /** One paragraph: the seed, the step and the divergence (or the action failure), for assertion messages. */
        public String describe() {
            StringBuilder out = new StringBuilder();
            result.failure().ifPresent(f -> out.append(f).append('\n'));
            divergence.ifPresent(d -> out.append(ConformanceReport.divergence(d)));
            if (out.isEmpty()) out.append("seed ").append(result.seed()).append(": conforms (")
                    .append(eventsChecked).append(" events)");
            return out.toString();
        }
    }

    /**
     * Runs {@code protocol} on the simulator with {@code options} (its seed, faults and trace sinks), checking every
     * event against {@code model} as it happens. Replaying the same seed gives the same outcome.
     */
    public static Outcome run(ModelInstance model, ProtocolDescriptor protocol, SimulationOptions options) {
        SpecOnlineCheck check = new SpecOnlineCheck(model, "seed " + options.seed() + " (online)");
        SimulationResult r = Simulation.run(protocol, options.withTraces(check.sinks(options.traces())), check);
        check.finish();
        return new Outcome(r, check.divergence(), check.monitor.eventsChecked());
    }

    /** Sinks that hand every event to this check's monitor and then to {@code recorded}'s sink of the same node. */
    public TraceSinks sinks(TraceSinks recorded) {
        return TraceSinks.observed(recorded, node -> feed.sink()::write);
    }

    /** Fails the step whose event diverged: the monitor saw it while the step was recorded. */
    @Override
    public Optional<String> check(GlobalView view) {
        Divergence d = monitor.firstDivergence();
        if (d == null) return Optional.empty();
        return Optional.of("diverges from the spec (" + d.reason().id() + ") at " + d.node() + " step " + d.step()
                + ": " + d.message());
    }

    /**
     * Ends the run: events that still wait for a message never sent (or behind a missing step) are checked now.
     * {@link #run} calls it; a caller that wires {@link #sinks} itself calls it once every node has stopped.
     */
    public Optional<Divergence> finish() { return Optional.ofNullable(feed.finish()); }

    /** The first divergence seen so far (also one of an init event, which no step follows). */
    public Optional<Divergence> divergence() { return Optional.ofNullable(monitor.firstDivergence()); }

    public ConformanceMonitor monitor() { return monitor; }
}
