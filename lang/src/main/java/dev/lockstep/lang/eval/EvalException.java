package dev.lockstep.lang.eval;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.source.Span;

/** An evaluation fault in the spec (not a Lockstep bug): it names the code and the spec span that failed. */
public final class EvalException extends RuntimeException {
    private final Code code;
    private final transient Span span;

    public EvalException(Code code, Span span, String message) {
        super(message, null, false, false);
        this.code = code;
        this.span = span;
    }

    public Code code() { return code; }

    public Span span() { return span; }

    public Diagnostic toDiagnostic() { return Diagnostic.error(code, span, getMessage()); }
}
