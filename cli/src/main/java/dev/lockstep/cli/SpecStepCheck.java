package dev.lockstep.cli;

import dev.lockstep.conformance.ConformanceMonitor;
import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.Divergence;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.sim.GlobalView;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import java.util.Optional;

/**
 * The spec as {@code simulate}'s online check, for one seed: every node's trace events go to a
 * {@link ConformanceMonitor}, which replays each step through the evaluator (guard, successor state, sends) and checks
 * the model's invariants after it; the check after each simulation step reports the monitor's first divergence, so
 * the run stops at the step that departs from the spec.
 */
final class SpecStepCheck implements OnlineCheck {
    private final ConformanceMonitor monitor;
    private final String source;

    SpecStepCheck(ModelInstance model, String source) {
        this.monitor = new ConformanceMonitor(model);
        this.source = source;
    }

    /** Trace sinks that feed the monitor, and also {@code files} when not null. */
    TraceSinks sinks(TraceSinks files) {
        return node -> {
            TraceSink check = monitor.sink(source);
            return files == null ? check : tee(check, files.open(node));
        };
    }

    @Override
    public Optional<String> check(GlobalView view) {
        Divergence d = monitor.firstDivergence();
        return d == null ? Optional.empty() : Optional.of(ConformanceReport.divergence(d).strip());
    }

    long eventsChecked() { return monitor.eventsChecked(); }

    private static TraceSink tee(TraceSink a, TraceSink b) {
        return new TraceSink() {
            @Override
            public void write(TraceEvent event) {
                a.write(event);
                b.write(event);
            }

            @Override
            public void close() {
                try {
                    a.close();
                } finally {
                    b.close();
                }
            }
        };
    }
}
