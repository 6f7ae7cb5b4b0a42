package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.explore.SearchFigures;
import java.io.PrintWriter;
import java.util.Locale;

/** The figures explore and check both report about a state-space search, in one layout for text and for JSON. */
final class FiguresReport {
    private FiguresReport() {}

    static void text(PrintWriter out, SearchFigures f) {
        out.printf(Locale.ROOT, "  distinct states   %,d%n  generated states  %,d%n  depth             %d%n",
                f.distinct(), f.generated(), f.depth());
    }

    /**
     * The head of the JSON document: spec, model, the checker (when named), status (e.g. "invariant-violated"),
     * violated, and the figures.
     */
    static ObjectNode json(LoadedModel loaded, String checker, String status, String violated, SearchFigures f) {
        ObjectNode json = Json.object();
        json.put("spec", loaded.spec().name());
        json.put("model", loaded.instance().model().name());
        if (checker != null) json.put("checker", checker);
        json.put("status", status.toLowerCase(Locale.ROOT).replace('_', '-'));
        json.put("violated", violated);
        json.put("distinct", f.distinct());
        json.put("generated", f.generated());
        json.put("depth", f.depth());
        json.put("seconds", f.elapsed().toNanos() / 1e9);
        json.put("statesPerSecond", Math.round(f.statesPerSecond()));
        return json;
    }
}
