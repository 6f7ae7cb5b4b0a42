package dev.lockstep.invariants.lower;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.source.Span;

/**
 * A construct outside the fragment the Z3 backend encodes. Lowering stops rather than guess an encoding; the
 * exception becomes an {@code LS870} diagnostic naming the construct and its span.
 */
public final class Unsupported extends RuntimeException {
    private final Span span;

    public Unsupported(Span span, String construct) {
        super(construct);
        this.span = span;
    }

    public Span span() { return span; }

    public Diagnostic toDiagnostic() {
        return Diagnostic.error(Code.UNSUPPORTED_BY_PROVER, span, "Z3 backend: " + getMessage() + " is not supported");
    }
}
