package dev.lockstep.lang.diag;

import dev.lockstep.lang.source.Span;
import java.util.List;

/** A problem in a spec, as a value: stable code, severity, where, what, and optional notes. */
public record Diagnostic(Code code, Severity severity, Span span, String message, List<String> notes) {

    public Diagnostic {
        notes = List.copyOf(notes);
    }

    public static Diagnostic error(Code code, Span span, String message, String... notes) {
        return new Diagnostic(code, Severity.ERROR, span, message, List.of(notes));
    }

    public static Diagnostic warning(Code code, Span span, String message, String... notes) {
        return new Diagnostic(code, Severity.WARNING, span, message, List.of(notes));
    }

    public boolean isError() { return severity == Severity.ERROR; }
}
