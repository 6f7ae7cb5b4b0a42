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

    public static String render(Diagnostic d) {
        Span span = d.span();
        int line = span.line();
        int col = span.column();
        String lineText = span.file().lineText(line);
        String gutter = String.valueOf(line);
        String pad = " ".repeat(gutter.length());
        StringBuilder out = new StringBuilder();
        out.append(span.location()).append(": ").append(d.severity().label())
                .append('[').append(d.code().id()).append("]: ").append(d.message()).append('\n');
        out.append(' ').append(gutter).append(" | ").append(lineText.replace('\t', ' ')).append('\n');
        int lineEndOffset = span.start() - (col - 1) + lineText.length();
        int width = Math.max(1, Math.min(span.end(), lineEndOffset) - span.start());
        out.append(' ').append(pad).append(" | ").append(" ".repeat(col - 1))
                .append('^').append("~".repeat(width - 1)).append('\n');
        for (String note : d.notes()) out.append(' ').append(pad).append(" = note: ").append(note).append('\n');
        return out.toString();
    }
}
