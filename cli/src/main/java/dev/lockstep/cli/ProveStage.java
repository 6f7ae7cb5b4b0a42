package dev.lockstep.cli;

import dev.lockstep.cli.Pipeline.Stage;
import dev.lockstep.cli.Pipeline.StageResult;
import dev.lockstep.cli.Pipeline.Verdict;
import dev.lockstep.invariants.prove.ProveReport;
import dev.lockstep.invariants.prove.Prover;
import dev.lockstep.invariants.prove.QueryResult;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.diag.Result;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The pipeline's prove stage: the model's checked invariants, as one conjunction, with Z3 (initiation and
 * consecution per step). Only an invariant that is false in an initial state fails the pipeline: a counterexample
 * to induction or an unknown query says the invariants are not inductive (TLC has already checked that they hold
 * in every reachable state), so it is a warning, and a spec outside the prover's fragment (LS870) is "n/a".
 */
final class ProveStage {
    private ProveStage() {}

    static StageResult run(LoadedModel loaded) {
        Result<ProveReport> outcome = Prover.prove(loaded.instance(), Prover.Options.defaults());
        if (!(outcome instanceof Result.Ok<ProveReport> done)) {
            return Pipeline.result(Stage.PROVE, Verdict.NOT_AVAILABLE, "outside the Z3 fragment", Map.of(),
                    outcome.diagnostics().size() + " construct(s) the prover does not encode", ExitCodes.HOLDS,
                    DiagnosticPrinter.render(outcome.diagnostics()));
        }
        ProveReport report = done.value();
        Map<String, Long> verdicts = new LinkedHashMap<>();
        for (QueryResult q : report.queries()) verdicts.merge(q.verdict().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
        long proved = verdicts.getOrDefault("proved", 0L);
        long ctis = verdicts.getOrDefault("cti", 0L);
        long violated = verdicts.getOrDefault("violated", 0L);
        long unknown = verdicts.getOrDefault("unknown", 0L);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("invariants", report.invariants());
        figures.put("queries", report.queries().size());
        figures.put("proved", proved);
        figures.put("ctis", ctis);
        figures.put("violated", violated);
        figures.put("unknown", unknown);
        String summary = String.format(Locale.ROOT, "%s: %d/%d queries proved, %d CTIs%s",
                String.join(" /\\ ", report.invariants()), proved, report.queries().size(), ctis,
                unknown > 0 ? ", " + unknown + " unknown" : "");
        StringBuilder details = new StringBuilder();
        for (QueryResult q : report.queries()) {
            if (q.verdict() == dev.lockstep.invariants.prove.Verdict.PROVED) continue;
            details.append("prove: ").append(q.kind().name().toLowerCase(Locale.ROOT)).append(' ').append(q.subject())
                    .append(": ").append(q.verdict().name().toLowerCase(Locale.ROOT))
                    .append(q.reason() == null ? "" : " (" + q.reason() + ")").append('\n');
            if (q.cti() != null) details.append(Prover.renderCti(loaded.instance(), q.cti()));
            if (details.length() > 20_000) break;
        }
        if (violated > 0) {
            return Pipeline.result(Stage.PROVE, Verdict.FAILED, "invariant violated initially", figures, summary,
                    ExitCodes.VIOLATION, details.toString());
        }
        if (!report.allProved()) {
            return Pipeline.result(Stage.PROVE, Verdict.WARNED, ctis > 0 ? "not inductive" : "unknown", figures,
                    summary, ExitCodes.HOLDS, details.toString());
        }
        return Pipeline.result(Stage.PROVE, Verdict.PASSED, "proved", figures, summary, ExitCodes.HOLDS, "");
    }
}
