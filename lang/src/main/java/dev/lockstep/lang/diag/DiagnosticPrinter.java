package dev.lockstep.lang.diag;

import dev.lockstep.lang.source.Span;
import java.util.List;

/**
 * Renders diagnostics the way compilers do:
 * <pre>
 * file.lstep:3:14: error[LS201]: unknown name 'foo'
 *     3 |   do state' = foo
 *       |               ^~~
 *   note: ...
 * </pre>
 */
public final class DiagnosticPrinter {
    private DiagnosticPrinter() {}

    public static String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) out.append(render(d));
        return out.toString();
    }

    /** Lines longer than this are shown as an excerpt around the column (a spec can be one 5 MB line). */
    static final int MAX_SHOWN = 200;
    private static final int CONTEXT_BEFORE = 80;
    private static final String CUT = "...";

    public static String render(Diagnostic d) {
        Span span = d.span();
        int line = span.line();
        int col = span.column();
        String lineText = span.file().lineText(line);
        int lineEndOffset = span.start() - (col - 1) + lineText.length();
        int width = Math.max(1, Math.min(span.end(), lineEndOffset) - span.start());
        int caretAt = col - 1;
        String shown = lineText;
        if (lineText.length() > MAX_SHOWN) {
            int from = Math.max(0, Math.min(caretAt - CONTEXT_BEFORE, lineText.length() - MAX_SHOWN));
            int to = Math.min(lineText.length(), from + MAX_SHOWN);
            String prefix = from > 0 ? CUT : "";
            shown = prefix + lineText.substring(from, to) + (to < lineText.length() ? CUT : "");
            caretAt = prefix.length() + caretAt - from;
            width = Math.max(1, Math.min(width, prefix.length() + (to - from) - caretAt));
        }
        String gutter = String.valueOf(line);
        String pad = " ".repeat(gutter.length());
        StringBuilder out = new StringBuilder();
        out.append(span.location()).append(": ").append(d.severity().label())
                .append('[').append(d.code().id()).append("]: ").append(d.message()).append('\n');
        out.append(' ').append(gutter).append(" | ").append(shown.replace('\t', ' ')).append('\n');
        out.append(' ').append(pad).append(" | ").append(" ".repeat(caretAt))
                .append('^').append("~".repeat(width - 1)).append('\n');
        for (String note : d.notes()) out.append(' ').append(pad).append(" = note: ").append(note).append('\n');
        return out.toString();
    }
}
