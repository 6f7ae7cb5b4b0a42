package dev.lockstep.cli.report;

import static dev.lockstep.cli.report.Markup.escape;

import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link ReportPage} as one self-contained HTML document: inline CSS and SVG, no script, no external
 * resource, so that it can be mailed, attached to a CI run, or opened from disk.
 */
public final class HtmlPage {
    private HtmlPage() {}

    private static final String CSS = """
            body { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; margin: 24px; color: #1d2433; }
            h1 { font-size: 20px; margin: 0 0 6px; }
            h2 { font-size: 16px; margin: 28px 0 8px; border-bottom: 1px solid #d5dbe5; padding-bottom: 4px; }
            .verdict { display: inline-block; padding: 4px 10px; border-radius: 4px; font-weight: 600; }
            .verdict.ok { background: #e3f4e6; color: #1b5e20; }
            .verdict.failed { background: #fde2e1; color: #b71c1c; }
            table { border-collapse: collapse; font-size: 13px; }
            th, td { text-align: left; padding: 3px 12px 3px 0; vertical-align: top; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            tr.failed td { color: #b71c1c; font-weight: 600; }
            .bar { background: #2b4c7e; height: 10px; }
            .bar.zero { background: none; border: 1px dashed #b71c1c; width: 8px; }
            .diagram { overflow-x: auto; border: 1px solid #d5dbe5; padding: 4px; }
            svg.sequence text { font-size: 12px; font-family: ui-monospace, 'DejaVu Sans Mono', monospace; }
            svg.sequence text.node { font-weight: 600; }
            svg.sequence text.action { font-weight: 600; }
            svg.sequence text.change { fill: #4a5568; }
            svg.sequence text.note { fill: #c62828; font-weight: 600; }
            svg.sequence text.msg { fill: #2b4c7e; font-size: 11px; }
            svg.sequence text.num { fill: #718096; }
            svg.sequence text.loop-note { fill: #b35c00; font-weight: 600; }
            pre { background: #f6f8fb; padding: 10px; font-size: 12px; overflow-x: auto; }
            .muted { color: #718096; font-size: 13px; }
            """;

    public static String write(ReportPage page) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(page.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<h1>").append(escape(page.title())).append("</h1>\n");
        b.append("<p><span id=\"verdict\" class=\"verdict ").append(page.failed() ? "failed" : "ok").append("\">")
                .append(escape(page.verdict())).append("</span></p>\n");
        if (!page.figures().isEmpty()) {
            b.append("<h2>Figures</h2>\n<table id=\"figures\">\n");
            for (ReportPage.Figure f : page.figures()) {
                b.append("<tr><th>").append(escape(f.name())).append("</th><td class=\"n\">").append(escape(f.value()))
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        for (ReportPage.Table t : page.tables()) table(b, t);
        if (page.diagram() != null) diagram(b, page.diagram());
        if (page.coverage() != null) coverage(b, page.coverage());
        if (page.details() != null && !page.details().isBlank()) {
            b.append("<h2>Details</h2>\n<pre id=\"details\">").append(escape(page.details())).append("</pre>\n");
        }
        b.append("<p class=\"muted\">Written by lockstep.</p>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void diagram(StringBuilder b, SequenceDiagram d) {
        b.append("<h2>Sequence diagram</h2>\n");
        if (d.omitted() > 0) {
            b.append("<p class=\"muted\">The first ").append(d.omitted()).append(" steps are left out.</p>\n");
        }
        b.append("<div class=\"diagram\" id=\"diagram\">\n").append(SequenceSvg.write(d)).append("</div>\n");
    }

    private static void table(StringBuilder b, ReportPage.Table t) {
        b.append("<h2>").append(escape(t.title())).append("</h2>\n<table id=\"").append(escape(t.id()))
                .append("\">\n<tr>");
        for (String c : t.columns()) b.append("<th>").append(escape(c)).append("</th>");
        b.append("</tr>\n");
        for (ReportPage.Row r : t.rows()) {
            b.append("<tr").append(r.failed() ? " class=\"failed\"" : "").append(">");
            for (String c : r.cells()) b.append("<td>").append(escape(c)).append("</td>");
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void coverage(StringBuilder b, ReportPage.Coverage c) {
        b.append("<h2>Action coverage</h2>\n<p class=\"muted\">").append(escape(c.what())).append("</p>\n");
        long max = c.counts().values().stream().mapToLong(Long::longValue).max().orElse(0);
        b.append("<table id=\"coverage\">\n<tr><th>action</th><th>count</th><th></th></tr>\n");
        for (Map.Entry<String, Long> e : c.counts().entrySet()) {
            long n = e.getValue();
            String bar = n == 0 ? "<div class=\"bar zero\" title=\"never fired\"></div>"
                    : String.format(Locale.ROOT, "<div class=\"bar\" style=\"width:%dpx\"></div>",
                    Math.max(2, Math.round(240.0 * n / Math.max(1, max))));
            b.append("<tr").append(n == 0 ? " class=\"unfired\"" : "").append("><td>").append(escape(e.getKey()))
                    .append(String.format(Locale.ROOT, "</td><td class=\"n\">%,d</td><td>", n)).append(bar)
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }
}
