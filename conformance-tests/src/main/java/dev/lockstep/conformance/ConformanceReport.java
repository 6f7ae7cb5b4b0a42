package dev.lockstep.conformance;

import dev.lockstep.lang.source.Span;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link ConformanceResult}: as text for people (the event, the raw line, expected versus actual per
 * value, and the spec line with a caret under the guard, assignment, send or invariant involved), or as a JSON tree.
 */
public final class ConformanceReport {
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

    public static Map<String, Object> json(String specName, String modelName, ConformanceResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("spec", specName);
        out.put("model", modelName);
        out.put("status", r.status().id());
        out.put("events", r.events());
        out.put("files", r.files());
        out.put("seconds", r.elapsed().toNanos() / 1e9);
        out.put("divergence", r.divergence() == null ? null : json(r.divergence()));
        return out;
    }

    public static Map<String, Object> json(Divergence d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reason", d.reason().id());
        out.put("message", d.message());
        out.put("file", d.origin() == null ? null : d.origin().file());
        out.put("line", d.origin() == null ? null : d.origin().line());
        out.put("node", d.node());
        out.put("step", d.step() < 0 ? null : d.step());
        out.put("raw", d.origin() == null ? null : d.origin().raw());
        out.put("differences", d.differences().stream().map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("what", x.what());
            m.put("expected", x.expected());
            m.put("actual", x.actual());
            m.put("note", x.note());
            m.put("spec", x.span() == null ? null : location(x.span()));
            return m;
        }).toList());
        out.put("spec", d.span() == null ? null : location(d.span()));
        return out;
    }

    private static Map<String, Object> location(Span s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", s.file().name());
        m.put("line", s.line());
        m.put("column", s.column());
        m.put("text", s.file().lineText(s.line()).strip());
        return m;
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
