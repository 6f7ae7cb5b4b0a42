package dev.lockstep.lang.eval;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;

/**
 * Explicit kind checks on evaluated values. Types are checked statically, but ANY-typed holes (such as {@code {}}
 * in odd places) can still bring a value of the wrong kind to an operator; that is a spec fault (LS706) at the
 * operator's span, never a {@link ClassCastException}.
 */
final class Kinds {
    private Kinds() {}

    static boolean bool(Value v, Span span) {
        if (v instanceof BoolV b) return b.value();
        throw wrongKind("a boolean", v, span);
    }

    static long num(Value v, Span span) {
        if (v instanceof IntV i) return i.value();
        throw wrongKind("an integer", v, span);
    }

    static SetV set(Value v, Span span) { return ofKind(SetV.class, "a set", v, span); }

    static SeqV seq(Value v, Span span) { return ofKind(SeqV.class, "a sequence", v, span); }

    static FnV fn(Value v, Span span) { return ofKind(FnV.class, "a function", v, span); }

    static RecordV record(Value v, Span span) { return ofKind(RecordV.class, "a record", v, span); }

    /** {@code v} as a value of class {@code kind}; else the fault naming what was {@code expected}. */
    private static <T extends Value> T ofKind(Class<T> kind, String expected, Value v, Span span) {
        if (kind.isInstance(v)) return kind.cast(v);
        throw wrongKind(expected, v, span);
    }

    static EvalException wrongKind(String expected, Value v, Span span) {
        return Evaluator.fault(Code.EVALUATION_FAULT, span, "value of the wrong kind: expected " + expected + ", got "
                + v.show());
    }
}
