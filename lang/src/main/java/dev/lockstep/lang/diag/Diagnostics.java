package dev.lockstep.lang.diag;

import dev.lockstep.lang.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics from every stage; reports them sorted by position. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic d) { items.add(d); }

    public void error(Code code, Span span, String message, String... notes) {
        items.add(Diagnostic.error(code, span, message, notes));
    }

    public void warning(Code code, Span span, String message, String... notes) {
        items.add(Diagnostic.warning(code, span, message, notes));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public int errorCount() {
        return (int) items.stream().filter(Diagnostic::isError).count();
    }

    /** All diagnostics, sorted by file, position, then code; exact duplicates are dropped. */
    public List<Diagnostic> sorted() {
        return items.stream()
                .distinct()
                .sorted(Comparator.comparing((Diagnostic d) -> d.span().file().name())
                        .thenComparingInt(d -> d.span().start())
                        .thenComparing(d -> d.code().id()))
                .toList();
    }
}
