package dev.lockstep.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.source.Span;
import java.util.Locale;

/**
 * Renders a {@link ConformanceResult}: as text for people (the event, the raw line, expected versus actual per
 * value, and the spec line with a caret under the guard, assignment, send or invariant involved), or as a JSON tree.
 */
public final class ConformanceReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConformanceReport() {}

    public static String text(String specName, String modelName, ConformanceResult r) {
        StringBuilder b = new StringBuilder();
        switch (r.status()) {
            case CONFORMS -> b.append(String.format(Locale.ROOT, "Result: conforms (%,d events in %d trace files, "
                    + "%s model %s)%n", r.events(), r.files().size(), specName, modelName));
            case DIVERGES -> b.append(String.format(Locale.ROOT, "Result: diverges from %s model %s at event %,d%n",
                    specName, modelName, r.events()));
            case BAD_INPUT -> b.append("Result: bad input\n");
        }
        if (r.divergence() != null) b.append(divergence(r.divergence()));
        return b.toString();
    }

    public static String divergence(Divergence d) {
        StringBuilder b = new StringBuilder();
        b.append(d.origin() != null ? d.origin().location() + ": " : "").append(d.reason().id()).append(": ")
                .append(d.message()).append('\n');
        if (d.node() != null) b.append("  event: node ").append(d.node()).append(", step ").append(d.step()).append('\n');
        if (d.origin() != null && d.origin().raw() != null) {
            b.append("  line:  ").append(abbreviate(d.origin().raw(), 400)).append('\n');
        }
        for (Divergence.Difference diff : d.differences()) {
            b.append("  - ").append(diff.what()).append('\n');
            b.append("      expected: ").append(diff.expected()).append('\n');
            b.append("      actual:   ").append(diff.actual()).append('\n');
            if (diff.note() != null && !diff.note().isEmpty()) b.append("      note:     ").append(diff.note()).append('\n');
            if (diff.span() != null && diff.span() != d.span()) b.append(indent(snippet(diff.span()), "      "));
        }
        if (d.span() != null) b.append("  spec:\n").append(indent(snippet(d.span()), "  "));
        return b.toString();
    }

    /** {@code file:line:col}, the source line and a caret under the span (its first line), like diagnostics. */
    public static String snippet(Span span) {
        int line = span.line();
        String text = span.file().lineText(line).replace('\t', ' ');
        String gutter = String.valueOf(line);
        int col = span.column();
        int lineEnd = span.start() - (col - 1) + text.length();
        int width = Math.max(1, Math.min(span.end(), lineEnd) - span.start());
        return span.location() + "\n " + gutter + " | " + text + "\n " + " ".repeat(gutter.length()) + " | "
                + " ".repeat(col - 1) + "^" + "~".repeat(width - 1) + "\n";
    }

    /** The JSON tree of a conformance verdict ({@code conform --format json}, {@code run}, {@code replay}). */
    public static ObjectNode json(String specName, String modelName, ConformanceResult r) {
        ObjectNode out = NODES.objectNode().put("spec", specName).put("model", modelName).put("status", r.status().id())
                .put("events", r.events());
        r.files().forEach(out.putArray("files")::add);
        out.put("seconds", r.elapsed().toNanos() / 1e9);
        out.set("divergence", r.divergence() == null ? NODES.nullNode() : json(r.divergence()));
        return out;
    }

    public static ObjectNode json(Divergence d) {
        TraceOrigin origin = d.origin();
        ObjectNode out = NODES.objectNode().put("reason", d.reason().id()).put("message", d.message())
                .put("file", origin == null ? null : origin.file()).put("line", origin == null ? null : origin.line())
                .put("node", d.node()).put("step", d.step() < 0 ? null : d.step())
                .put("raw", origin == null ? null : origin.raw());
        ArrayNode differences = out.putArray("differences");
        for (Divergence.Difference x : d.differences()) {
            differences.addObject().put("what", x.what()).put("expected", x.expected()).put("actual", x.actual())
                    .put("note", x.note()).set("spec", location(x.span()));
        }
        out.set("spec", location(d.span()));
        return out;
    }

    /** Where in the spec, with the line's text; a JSON null when there is no place. */
    private static JsonNode location(Span s) {
        if (s == null) return NODES.nullNode();
        return NODES.objectNode().put("file", s.file().name()).put("line", s.line()).put("column", s.column())
                .put("text", s.file().lineText(s.line()).strip());
    }

    private static String indent(String s, String prefix) {
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n")) b.append(prefix).append(line).append('\n');
        return b.toString();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
