package dev.lockstep.lang.eval;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;

/**
 * An expression compiled once per model by {@link Compiler}: a tree of closures that reads the state, the node and
 * the frame from an {@link Env}, so an evaluation runs no switch over the IR. A compiled expression keeps no
 * evaluation state (that is in the {@code Env}; its only memo, the last {@code Msgs(T)}, is an immutable record
 * replaced whole), so it may be shared between threads.
 */
public abstract class Compiled {
    /** The span of the expression this was compiled from: where its faults point. */
    final Span span;

    Compiled(Span span) { this.span = span; }

    public abstract Value eval(Env env);

    /** The value as a boolean; any other value is a fault at this expression. */
    public boolean test(Env env) {
        Value v = eval(env);
        if (v instanceof BoolV b) return b.value();
        throw Evaluator.fault(Code.EVALUATION_FAULT, span, "expected a boolean, got " + v.show());
    }

    /** True when {@link #eval} always gives a boolean, so {@link #test} cannot fault on the value's kind. */
    boolean alwaysBoolean() { return false; }

    /** The value when this expression reads nothing of the environment and was evaluated at compile time, else null. */
    Value constant() { return null; }

    /** The value as a set; any other value is a fault at this expression. */
    final SetV set(Env env) {
        Value v = eval(env);
        if (v instanceof SetV s) return s;
        throw Evaluator.fault(Code.EVALUATION_FAULT, span, "expected a set, got " + v.show());
    }

    /** A boolean-valued expression: computes {@link #test} without boxing, and boxes only when asked for a value. */
    abstract static class Predicate extends Compiled {
        Predicate(Span span) { super(span); }

        @Override
        public abstract boolean test(Env env);

        @Override
        public final Value eval(Env env) { return BoolV.of(test(env)); }

        @Override
        final boolean alwaysBoolean() { return true; }
    }

    /** A value known at compile time: a literal, a model constant, or a folded constant expression. */
    static final class Constant extends Compiled {
        private final Value value;

        Constant(Value value, Span span) {
            super(span);
            this.value = value;
        }

        @Override
        public Value eval(Env env) { return value; }

        @Override
        boolean alwaysBoolean() { return value instanceof BoolV; }

        @Override
        Value constant() { return value; }
    }
}
