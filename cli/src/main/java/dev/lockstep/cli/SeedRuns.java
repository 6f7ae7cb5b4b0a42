package dev.lockstep.cli;

import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSinks;

/**
 * Runs seed after seed until one fails: the loop {@code simulate} runs over its whole range on this machine, and
 * each cluster member over a batch of the range ({@link SwarmSimulation}), so both count the same.
 *
 * @param spec  the spec's model, which checks every step (null: {@code given} checks, or nothing)
 * @param given the online check when the spec does not check
 * @param base  every run's options but the seed
 */
record SeedRuns(ProtocolDescriptor protocol, ModelInstance spec, OnlineCheck given, SimulationOptions base) {

    /** What a caller adds per run: the trace files of a seed, and a look at each result. */
    interface Hooks {
        TraceSinks files(long seed);

        void ran(SimulationResult r);
    }

    static final Hooks NO_HOOKS = new Hooks() {
        @Override
        public TraceSinks files(long seed) { return TraceSinks.OFF; }

        @Override
        public void ran(SimulationResult r) {}
    };

    /**
     * The runs' sums; the failing run (null when none failed) with its divergence from the spec (when the spec
     * checked it), and the last run.
     */
    record Outcome(SimulationReport.Totals totals, SimulationResult failed, String divergence, SimulationResult last) {}

    /** Runs seeds {@code first}, {@code first + 1}, … ({@code count} of them) until one fails. */
    Outcome run(long first, long count, Hooks hooks) {
        SimulationReport.Totals totals = new SimulationReport.Totals();
        SimulationResult last = null;
        SpecOnlineCheck lastSpecCheck = null;
        for (long i = 0; i < count; i++) {
            long s = first + i;
            TraceSinks files = TraceSinks.observed(hooks.files(s), node -> event -> {
                if (event.kind() == TraceEvent.Kind.STEP) totals.fired(event.action());
            });
            OnlineCheck online = given;
            if (spec != null) {
                SpecOnlineCheck bySpec = new SpecOnlineCheck(spec, "seed " + s);
                online = bySpec;
                files = bySpec.sinks(files);
                lastSpecCheck = bySpec;
            }
            last = Simulation.run(protocol, base.withSeed(s).withTraces(files), online);
            totals.add(last);
            hooks.ran(last);
            if (!last.ok()) {
                String divergence = lastSpecCheck == null ? null
                        : lastSpecCheck.divergence().map(ConformanceReport::divergence).orElse(null);
                return new Outcome(totals, last, divergence, last);
            }
        }
        return new Outcome(totals, null, null, last);
    }
}
