package dev.lockstep.cli;

import dev.lockstep.cli.report.EventTraceDiagram;
import dev.lockstep.cli.report.ReportPage;
import dev.lockstep.cli.report.SequenceDiagram;
import dev.lockstep.cli.report.StateTraceDiagram;
import dev.lockstep.cli.report.TraceEvents;
import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.Divergence;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.explore.ActionCoverage;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.SearchFigures;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.modelcheck.CheckResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@link ReportPage} of each command's result: what {@code --html} shows, built from the same records as the
 * text and JSON reports (the explorer's and TLC's {@link Trace.Step}s, the conformance {@link Divergence}, the
 * simulation's runs). Drawing is {@code report.HtmlPage}'s business.
 */
final class HtmlReports {
    private HtmlReports() {}

    /** The most trace events {@code conform --html} reads back for its diagram and counts. */
    static final int MAX_EVENTS = 500_000;

    static ReportPage explore(LoadedModel loaded, ExploreResult r, ActionCoverage coverage) {
        List<ReportPage.Figure> figures = searchFigures(r.figures());
        SequenceDiagram diagram = r.counterexample().isEmpty() ? null
                : StateTraceDiagram.of(loaded.instance(), r.counterexample(), r.counterexample().size() - 1,
                        finding(r), -1, null);
        String stopped = r.status() == ExploreResult.Status.HOLDS ? "" : " The search stopped early: the counts also "
                + "hold the successors generated in the rest of the last level, which 'generated states' (counted up "
                + "to the stop, as TLC counts) leaves out.";
        // A search on a cluster (explore --cluster) does not count per action: the page says so rather than show 0s.
        ReportPage.Coverage cov = coverage == null ? null : new ReportPage.Coverage("Successors each action generated "
                + "over the search (duplicates included, as 'generated states' counts them); an action at 0 never fired."
                + stopped, everyAction(loaded, coverage.counts()));
        return new ReportPage("explore " + name(loaded), "Result: " + Verdicts.of(r), r.status() != ExploreResult.Status.HOLDS,
                figures, List.of(), diagram, cov,
                r.fault() == null ? "" : DiagnosticPrinter.render(r.fault()));
    }

    static ReportPage check(LoadedModel loaded, CheckResult r) {
        List<ReportPage.Figure> figures = searchFigures(r.figures());
        SequenceDiagram diagram = null;
        ReportPage.Coverage cov = null;
        if (!r.counterexample().isEmpty()) {
            int last = r.counterexample().size() - 1;
            // A lasso's violation is the loop: the behaviour returns to loopBack for ever.
            int highlight = r.loopBack() >= 0 ? r.loopBack() : last;
            String note = r.isLasso()
                    ? "property " + r.violated() + " is violated: " + (r.loopBack() >= 0
                    ? "from here the behaviour repeats for ever" : "the behaviour stutters here for ever")
                    : finding(r);
            String ending = r.loopBack() >= 0 && r.loopLabel() != null
                    ? "taking " + StateTraceDiagram.describe(r.loopLabel())
                    : r.stuttering() ? "then stutters for ever" : null;
            diagram = StateTraceDiagram.of(loaded.instance(), r.counterexample(), highlight, note, r.loopBack(), ending);
            Map<String, Long> inTrace = new TreeMap<>();
            for (Trace.Step s : r.counterexample()) {
                if (s.label() != null) inTrace.merge(ActionCoverage.key(s.label()), 1L, Long::sum);
            }
            cov = new ReportPage.Coverage("TLC does not hand per-action counts back to lockstep: these are the steps "
                    + "of the counterexample per action (explore --html counts the whole search).",
                    everyAction(loaded, inTrace));
        }
        return new ReportPage("check (TLC) " + name(loaded), "Result: " + Verdicts.of(r),
                r.status() != CheckResult.Status.HOLDS, figures, List.of(), diagram, cov,
                r.diagnostics().isEmpty() ? "" : DiagnosticPrinter.render(r.diagnostics()));
    }

    /**
     * {@code conform}'s page for the run {@code r} (the first that diverged, when seed folders were checked one by
     * one; {@code runs} then lists them): its trace files are read again and drawn up to the divergence.
     */
    static ReportPage conform(String spec, String model, ConformanceResult r, List<ReportPage.Table> runs)
            throws IOException {
        List<ReportPage.Figure> figures = List.of(new ReportPage.Figure("events checked", fmt(r.events())),
                new ReportPage.Figure("trace files", fmt(r.files().size())),
                new ReportPage.Figure("time", seconds(r.elapsed().toNanos())));
        List<TraceEvents.Event> events = TraceEvents.read(r.files().stream().map(Path::of).toList(), MAX_EVENTS);
        Divergence d = r.divergence();
        SequenceDiagram diagram = events.isEmpty() ? null : EventTraceDiagram.of(events, d == null ? null : d.node(),
                d == null ? -1 : d.step(), d == null ? null : d.reason().id() + ": " + d.message());
        Map<String, Long> fired = new TreeMap<>();
        for (TraceEvents.Event e : events) if (e.action() != null) fired.merge(e.role() + "." + e.action(), 1L, Long::sum);
        String verdict = ConformanceReport.text(spec, model, r).lines().findFirst().orElse("");
        return new ReportPage("conform " + spec + " model " + model, verdict, !r.conforms(), figures, runs, diagram,
                new ReportPage.Coverage("Events per action in these trace files (the whole files, also past a "
                        + "divergence" + (events.size() == MAX_EVENTS ? "; the first " + fmt(MAX_EVENTS) + " events only"
                        : "") + ").", fired), d == null ? "" : ConformanceReport.divergence(d));
    }

    /** {@code simulate}: the runs, the failing run's events (or the only run's) and the actions fired. */
    static ReportPage simulate(SimulationReport report, ReportPage.Table seeds, RecordingSinks recorded) {
        var totals = report.totals();
        List<ReportPage.Figure> figures = List.of(new ReportPage.Figure("runs (seeds)", fmt(report.runs())),
                new ReportPage.Figure("steps", fmt(totals.steps)),
                new ReportPage.Figure("deliveries", fmt(totals.delivered)),
                new ReportPage.Figure("dropped", fmt(totals.dropped)),
                new ReportPage.Figure("duplicated", fmt(totals.duplicated)),
                new ReportPage.Figure("crashes", fmt(totals.crashes)),
                new ReportPage.Figure("checked by", report.check()));
        var failure = report.failed() == null ? null : report.failed().failure().get();
        SequenceDiagram diagram = report.shown() == null ? null : EventTraceDiagram.of(recorded.lastRun(),
                failure == null ? null : failure.node(), -1, failure == null ? null : failure.reason());
        String verdict = failure == null ? "Result: no violation in " + report.runs() + " run(s)"
                : "Result: violation at " + failure;
        String details = failure == null ? ""
                : (report.divergence() == null ? "" : report.divergence()) + "Replay: " + report.replay() + "\n";
        return new ReportPage("simulate " + report.protocol().protocol() + " model " + report.protocol().model(),
                verdict, failure != null, figures, List.of(seeds), diagram, new ReportPage.Coverage("Actions fired "
                + "over all runs, counted from the nodes' trace events.", recorded.fired()), details);
    }

    /**
     * {@code pipeline}: the stages, and the page of the stage that failed (its diagram, figures and coverage) or,
     * when all passed, the explore stage's figures and coverage.
     */
    static ReportPage pipeline(String file, Pipeline pipeline, ReportPage.Table stages, String verdict, boolean failed)
            throws IOException {
        LoadedModel loaded = pipeline.loaded();
        // The first stage to fail stops the pipeline: at most one of these found something.
        ReportPage detail = null;
        if (pipeline.conformed() != null && !pipeline.conformed().conforms()) {
            detail = conform(loaded.spec().name(), loaded.instance().model().name(), pipeline.conformed(), List.of());
        } else if (pipeline.checked() != null && !pipeline.checked().counterexample().isEmpty()) {
            detail = check(loaded, pipeline.checked());
        } else if (pipeline.explored() != null) {
            detail = explore(loaded, pipeline.explored(), pipeline.coverage());
        }
        String title = "pipeline " + file + (loaded == null ? "" : " (" + name(loaded) + ")");
        if (detail == null) return new ReportPage(title, verdict, failed, List.of(), List.of(stages), null, null, "");
        return new ReportPage(title, verdict, failed, detail.figures(), List.of(stages), detail.diagram(),
                detail.coverage(), detail.details());
    }

    /** The diagram's note on the last state of the explorer's counterexample. */
    private static String finding(ExploreResult r) {
        return switch (r.status()) {
            case INVARIANT_VIOLATED -> invariantNote(r.violated());
            case PROPERTY_VIOLATED -> "transition property " + r.violated() + " is violated by this step";
            case DEADLOCK -> DEADLOCK_NOTE;
            case EVALUATION_ERROR -> "the spec cannot be evaluated in this state (see the details)";
            case HOLDS, LIMIT_REACHED -> null;
        };
    }

    /** The diagram's note on the last state of TLC's finite counterexample. */
    private static String finding(CheckResult r) {
        return switch (r.status()) {
            case INVARIANT_VIOLATED -> invariantNote(r.violated());
            case PROPERTY_VIOLATED -> "property " + r.violated() + " is violated";
            case DEADLOCK -> DEADLOCK_NOTE;
            case HOLDS, TOOL_ERROR, INTERNAL_ERROR -> null;
        };
    }

    private static final String DEADLOCK_NOTE = "deadlock: no action is enabled in this state";

    private static String invariantNote(String invariant) { return "invariant " + invariant + " is violated in this state"; }

    static List<ReportPage.Figure> searchFigures(SearchFigures f) {
        List<ReportPage.Figure> out = new ArrayList<>();
        out.add(new ReportPage.Figure("distinct states", fmt(f.distinct())));
        out.add(new ReportPage.Figure("generated states", fmt(f.generated())));
        out.add(new ReportPage.Figure("depth", String.valueOf(f.depth())));
        out.add(new ReportPage.Figure("time", seconds(f.elapsed().toNanos())));
        out.add(new ReportPage.Figure("distinct states/s", fmt(Math.round(f.statesPerSecond()))));
        return out;
    }

    /** Every action of the spec with its count in {@code counts} (0 when absent), and the other keys counted. */
    static Map<String, Long> everyAction(LoadedModel loaded, Map<String, Long> counts) {
        Map<String, Long> out = new TreeMap<>(counts);
        for (CheckedSpec.Role role : loaded.spec().roles()) {
            for (CheckedSpec.Action a : role.actions()) out.putIfAbsent(role.name() + "." + a.name(), 0L);
        }
        return out;
    }

    private static String name(LoadedModel loaded) {
        return loaded.spec().name() + " model " + loaded.instance().model().name();
    }

    private static String fmt(long n) { return String.format(Locale.ROOT, "%,d", n); }

    private static String seconds(long nanos) { return String.format(Locale.ROOT, "%.2f s", nanos / 1e9); }
}
