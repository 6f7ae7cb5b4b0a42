package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.Compiled;
import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.Value;
import java.util.List;

/**
 * One action compiled for a model, so that enumerating its steps evaluates closures and looks nothing up: its
 * parameter domains, its guard split into conjuncts (to name the first false one), and its effects. Immutable once
 * built.
 */
final class ActionCode {
    final CheckedSpec.Action action;
    /** Per parameter, in order. */
    final Compiled[] domains;
    /** The guard's conjuncts, left to right through nested {@code /\}, and each compiled. */
    private final Expr[] conjuncts;
    private final Compiled[] tests;
    final Effect[] effects;

    /** One statement of the action's effects, compiled. */
    interface Effect {
        /**
         * Evaluates the statement over the old state ({@code env.state}), writing an assigned variable into
         * {@code next}; returns the network after its sends. Each message sent also goes to {@code sent}, with its
         * {@code send}'s span to {@code sentAt}, unless they are null.
         */
        Value apply(Env env, Value[] next, Value net, List<RecordV> sent, List<Span> sentAt);
    }

    ActionCode(CheckedSpec.Action action, Evaluator evaluator, EffectCompiler effects) {
        this.action = action;
        this.domains = action.params().stream().map(p -> evaluator.compile(p.domain())).toArray(Compiled[]::new);
        List<Expr> parts = action.guard() == null ? List.of() : Exprs.conjuncts(action.guard());
        this.conjuncts = parts.toArray(Expr[]::new);
        this.tests = parts.stream().map(evaluator::compile).toArray(Compiled[]::new);
        this.effects = action.effects().stream().map(effects::compile).toArray(Effect[]::new);
    }

    /** Compiles one statement; the transition relation decides what each kind of statement does. */
    interface EffectCompiler {
        Effect compile(Stmt s);
    }

    /** The first conjunct of the guard that is false, left to right (null when the guard holds). */
    Expr falseConjunct(Env env) {
        for (int i = 0; i < tests.length; i++) if (!tests[i].test(env)) return conjuncts[i];
        return null;
    }
}
