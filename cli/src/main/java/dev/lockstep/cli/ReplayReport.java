package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.ReplayResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The report of {@code lockstep replay}, as text and JSON, and its exit code. */
record ReplayReport(String spec, String model, Path traceDir, ReplayResult r) implements Output.Report {
    /** conforms, diverges (the new traces break the spec or an invariant), or differs (a plain replay's bytes). */
    String status() {
        if (r.verdict().status() != ConformanceResult.Status.CONFORMS) return r.verdict().status().id();
        return Boolean.FALSE.equals(r.identical()) ? "differs" : "conforms";
    }

    /** The verdict's exit code, except that a plain replay which did not reproduce the recorded bytes is 1. */
    int exitCode() {
        int verdict = ExitCodes.of(r.verdict().status());
        return verdict == ExitCodes.HOLDS && Boolean.FALSE.equals(r.identical()) ? ExitCodes.VIOLATION : verdict;
    }

    @Override
    public void text(PrintWriter out, PrintWriter err) {
        out.printf("lockstep replay: %s model %s, traces in %s%n", spec, model, traceDir);
        out.printf("  edits             %s%n", r.edits().isEmpty() ? "none" : String.join(" ", r.edits()));
        out.printf(Locale.ROOT, "  replayed          %,d of %,d events%s%n", r.replayed(), r.events(),
                r.completed() ? " (every node to its end)" : "");
        ReplayResult.Exchanges x = r.exchanges();
        if (x.atomic() + x.rolledBack() > 0) {
            // An exchange is three events on two nodes (start, serve, commit) and one step of the spec.
            out.printf(Locale.ROOT, "  exchanges         %,d replayed as atomic steps (start, serve, commit), %,d rolled"
                    + " back%n", x.atomic(), x.rolledBack());
        }
        ReplayResult.Departure first = r.firstDeparture();
        if (first != null) {
            out.printf("  departs at        %s%n", describe(first));
            for (ReplayResult.Departure d : r.departures()) {
                if (d == first) continue;
                out.printf("  also stops        %s%n", describe(d));
            }
        }
        for (ReplayResult.StateChange c : r.changes()) {
            out.printf("  final state       %s %s (recorded %s)%n", c.node(), Json.tree(c.replayed()),
                    Json.tree(c.recorded()));
        }
        if (r.identical() != null) {
            out.printf("  byte-identical    %s%n", r.identical() ? "yes, every trace" : "no: " + r.firstDifference());
        }
        out.printf("  new traces        %s%n", r.out());
        // The checker's report, its first line as a row of this one and the rest (a divergence) indented under it.
        String verdict = ConformanceReport.text(spec, model, r.verdict()).replaceFirst("^Result: ", "  conformance       ");
        out.print(verdict.stripTrailing().replace("\n", "\n    ") + "\n");
        out.printf("Result: %s%n", status());
    }

    @Override
    public JsonNode json() {
        ObjectNode doc = Json.object().put("status", status()).put("spec", spec).put("model", model)
                .put("traces", traceDir.toString()).put("out", r.out().toString());
        ArrayNode edits = doc.putArray("edits");
        r.edits().forEach(edits::add);
        doc.put("events", r.events()).put("replayed", r.replayed()).put("completed", r.completed());
        doc.putObject("exchanges").put("atomic", r.exchanges().atomic()).put("rolledBack", r.exchanges().rolledBack());
        ReplayResult.Departure first = r.firstDeparture();
        doc.set("firstDeparture", first == null ? null : departure(first));
        ArrayNode departures = doc.putArray("departures");
        r.departures().forEach(d -> departures.add(departure(d)));
        ArrayNode changes = doc.putArray("changedFinalStates");
        for (ReplayResult.StateChange c : r.changes()) {
            ObjectNode o = changes.addObject().put("node", c.node());
            o.set("recorded", Json.tree(c.recorded()));
            o.set("replayed", Json.tree(c.replayed()));
        }
        if (r.identical() != null) doc.put("identical", r.identical());
        doc.set("conformance", ConformanceReport.json(spec, model, r.verdict()));
        return doc;
    }

    /** e.g. {@code tm step 3 ReceivePrepared (tm.ndjson:4): message r1#1 is never sent in this run}. */
    private static String describe(ReplayResult.Departure d) {
        return d.node() + " step " + d.step() + " " + d.action() + " (" + d.where() + "): " + d.reason();
    }

    private static ObjectNode departure(ReplayResult.Departure d) {
        return Json.object().put("node", d.node()).put("step", d.step()).put("action", d.action())
                .put("where", d.where()).put("waited", d.waited()).put("reason", d.reason());
    }
}
