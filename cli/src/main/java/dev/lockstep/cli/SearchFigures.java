package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** The figures explore and check both report about a state-space search, in one layout for text and for JSON. */
final class SearchFigures {
    private SearchFigures() {}

    static void text(PrintWriter out, long distinct, long generated, int depth) {
        out.printf(Locale.ROOT, "  distinct states   %,d%n  generated states  %,d%n  depth             %d%n", distinct,
                generated, depth);
    }

    /**
     * The head of the JSON document: spec, model, the checker (when named), status (e.g. "invariant-violated"),
     * violated, and the figures.
     */
    static ObjectNode json(LoadedModel loaded, String checker, String status, String violated, long distinct,
                           long generated, int depth, Duration elapsed, double statesPerSecond) {
        ObjectNode json = Json.object();
        json.put("spec", loaded.spec().name());
        json.put("model", loaded.instance().model().name());
        if (checker != null) json.put("checker", checker);
        json.put("status", status.toLowerCase(Locale.ROOT).replace('_', '-'));
        json.put("violated", violated);
        json.put("distinct", distinct);
        json.put("generated", generated);
        json.put("depth", depth);
        json.put("seconds", elapsed.toNanos() / 1e9);
        json.put("statesPerSecond", Math.round(statesPerSecond));
        return json;
    }
}
