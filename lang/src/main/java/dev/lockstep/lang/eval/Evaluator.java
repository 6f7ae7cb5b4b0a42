package dev.lockstep.lang.eval;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.Value;

/**
 * The reference semantics of expressions: every backend must agree with this class. An expression is compiled once
 * ({@link Compiler}, which holds the meaning of each kind) and then evaluated as closures, with no walk over the IR.
 * Faults in the spec (a function applied outside its domain, CHOOSE with no witness, 64-bit overflow) raise
 * {@link EvalException} naming the span; they never escape as other exceptions. Values of the wrong kind, which
 * ANY-typed holes can still bring, are checked explicitly ({@link Kinds}) and are LS706 faults at the operator.
 *
 * <p>An evaluator caches what it compiled, so it is for one thread; the {@link Compiled} closures it hands out are
 * immutable and may be shared.
 */
public final class Evaluator {
    /** SUBSET and ranges larger than this are refused rather than exhausting memory. */
    static final int MAX_ENUMERATION = 1 << 22;

    private final ModelInstance model;
    private final Compiler compiler;

    /** {@code model} may be null while the model's own constants are being evaluated. */
    public Evaluator(CheckedSpec spec, Value[] consts, ModelInstance model) {
        this(spec, consts, model, true);
    }

    public Evaluator(ModelInstance model) {
        this(model.spec(), model.consts(), model);
    }

    /** {@code foldConstants} false evaluates constant sub-expressions on every evaluation: for a test of folding. */
    Evaluator(CheckedSpec spec, Value[] consts, ModelInstance model, boolean foldConstants) {
        this.model = model;
        this.compiler = new Compiler(spec, consts, model, foldConstants);
    }

    public ModelInstance model() { return model; }

    /** {@code e} compiled (once per evaluator): for callers that evaluate the same expression many times. */
    public Compiled compile(Expr e) { return compiler.compile(e); }

    public boolean test(Expr e, Env env) {
        Compiled c = compile(e);
        try {
            return c.test(env);
        } catch (ArithmeticException ex) {
            throw overflow(e.span());
        }
    }

    public Value eval(Expr e, Env env) {
        Compiled c = compile(e);
        try {
            return c.eval(env);
        } catch (ArithmeticException ex) {
            throw overflow(e.span());
        }
    }

    /**
     * Operators report their own overflow at their span; this is the fallback for arithmetic outside them, at the
     * expression evaluated.
     */
    private static EvalException overflow(Span span) {
        return fault(Code.OVERFLOW, span, "integer overflow beyond 64 bits");
    }

    static EvalException fault(Code code, Span span, String message) {
        return new EvalException(code, span, message);
    }
}
