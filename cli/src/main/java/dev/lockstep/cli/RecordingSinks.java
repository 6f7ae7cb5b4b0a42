package dev.lockstep.cli;

import dev.lockstep.cli.report.TraceEvents;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For {@code simulate --html}: sinks that keep one run's trace events (for its sequence diagram, at most
 * {@link #KEPT} of them) and count the actions fired over every run, then hand each event on to the sinks the
 * simulation had anyway.
 */
final class RecordingSinks {
    static final int KEPT = 20_000;

    private final Map<String, Long> fired = new TreeMap<>();
    private List<TraceEvents.Event> run = new ArrayList<>();

    /** Sinks for the next run: its events replace the previous run's. */
    synchronized TraceSinks nextRun(TraceSinks inner) {
        run = new ArrayList<>();
        List<TraceEvents.Event> events = run;
        return TraceSinks.observed(inner, node -> event -> record(events, event));
    }

    private synchronized void record(List<TraceEvents.Event> events, TraceEvent event) {
        if (event.action() != null) fired.merge(event.role() + "." + event.action(), 1L, Long::sum);
        if (events.size() < KEPT) events.add(TraceEvents.of(event));
    }

    /** The last run's events (the first {@link #KEPT}). */
    synchronized List<TraceEvents.Event> lastRun() { return List.copyOf(run); }

    /** How often each action fired over all runs, by {@code Role.Action}. */
    synchronized Map<String, Long> fired() { return new TreeMap<>(fired); }
}
