package dev.lockstep.lang.eval;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference semantics of expressions: every backend must agree with this class. Faults in the spec (a
 * function applied outside its domain, CHOOSE with no witness, 64-bit overflow) raise {@link EvalException}
 * naming the span; they never escape as other exceptions. Values of the wrong kind, which ANY-typed holes can
 * still bring, are checked explicitly ({@link Kinds}) and are LS706 faults at the operator.
 */
public final class Evaluator {
    /** SUBSET and ranges larger than this are refused rather than exhausting memory. */
    static final int MAX_ENUMERATION = 1 << 22;

    private final CheckedSpec spec;
    private final Value[] consts;
    private final ModelInstance model;
    private final Operators ops;

    /** {@code model} may be null while the model's own constants are being evaluated. */
    public Evaluator(CheckedSpec spec, Value[] consts, ModelInstance model) {
        this.spec = spec;
        this.consts = consts;
        this.model = model;
        this.ops = new Operators();
    }

    public Evaluator(ModelInstance model) {
        this(model.spec(), model.consts(), model);
    }

    public ModelInstance model() { return model; }

    public boolean test(Expr e, Env env) {
        Value v = eval(e, env);
        if (v instanceof BoolV b) return b.value();
        throw fault(Code.EVALUATION_FAULT, e.span(), "expected a boolean, got " + v.show());
    }

    public Value eval(Expr e, Env env) {
        try {
            return evalUnchecked(e, env);
        } catch (ArithmeticException ex) {
            throw fault(Code.OVERFLOW, e.span(), "integer overflow beyond 64 bits");
        }
    }

    private Value evalUnchecked(Expr e, Env env) {
        return switch (e) {
            case Expr.Lit l -> l.value();
            case Expr.ConstRef c -> consts[c.index()];
            case Expr.Local l -> env.frame[l.slot()];
            case Expr.Self s -> env.self;
            case Expr.VarRef v -> env.state[env.nodeBase + v.varIndex()];
            case Expr.RemoteVar r -> remoteVar(r, env);
            case Expr.NetworkView n -> Network.view(spec.network().kind(), env.state[model.networkSlot()],
                    n.messageType());
            case Expr.InfiniteSet i -> throw fault(Code.NOT_ENUMERABLE, i.span(), i.name()
                    + " is infinite; it can only appear on the right of \\in or \\notin");
            case Expr.Unary u -> ops.unary(u, evalUnchecked(u.operand(), env));
            case Expr.Binary b -> binary(b, env);
            case Expr.Quant q -> BoolV.of(quant(q, env, 0));
            case Expr.Choose c -> choose(c, env);
            case Expr.SetLit s -> {
                Value[] out = new Value[s.elements().size()];
                for (int i = 0; i < out.length; i++) out[i] = evalUnchecked(s.elements().get(i), env);
                yield SetV.fromArray(out);
            }
            case Expr.SetFilter f -> {
                SetV domain = set(f.domain(), env);
                List<Value> out = new ArrayList<>();
                for (int i = 0; i < domain.size(); i++) {
                    env.frame[f.var().slot()] = domain.get(i);
                    if (test(f.predicate(), env)) out.add(domain.get(i));
                }
                yield SetV.ofSorted(out.toArray(Value[]::new));
            }
            case Expr.SetMap m -> {
                List<Value> out = new ArrayList<>();
                forEachBinding(m.vars(), m.domains(), env, 0, () -> out.add(evalUnchecked(m.body(), env)));
                yield SetV.of(out);
            }
            case Expr.FnCtor f -> fnCtor(f, env);
            case Expr.RecordCtor r -> {
                Value[] values = new Value[r.values().size()];
                for (int i = 0; i < values.length; i++) values[i] = evalUnchecked(r.values().get(i), env);
                yield new RecordV(r.names().toArray(String[]::new), values);
            }
            case Expr.TupleLit t -> {
                Value[] values = new Value[t.elements().size()];
                for (int i = 0; i < values.length; i++) values[i] = evalUnchecked(t.elements().get(i), env);
                yield new SeqV(values);
            }
            case Expr.Apply a -> ops.apply(evalUnchecked(a.function(), env), evalUnchecked(a.arg(), env), a.span());
            case Expr.FieldAccess f -> {
                Value target = evalUnchecked(f.target(), env);
                Value v = Kinds.record(target, f.span()).get(f.field());
                if (v == null) throw fault(Code.EVALUATION_FAULT, f.span(), target.show() + " has no field " + f.field());
                yield v;
            }
            case Expr.Except x -> except(x, env);
            case Expr.If i -> test(i.cond(), env) ? evalUnchecked(i.then(), env) : evalUnchecked(i.otherwise(), env);
            case Expr.Case c -> {
                for (int i = 0; i < c.guards().size(); i++) {
                    if (test(c.guards().get(i), env)) yield evalUnchecked(c.values().get(i), env);
                }
                if (c.other() == null) throw fault(Code.EVALUATION_FAULT, c.span(), "no CASE arm applies");
                yield evalUnchecked(c.other(), env);
            }
            case Expr.Let l -> {
                for (int i = 0; i < l.vars().size(); i++) {
                    env.frame[l.vars().get(i).slot()] = evalUnchecked(l.values().get(i), env);
                }
                yield evalUnchecked(l.body(), env);
            }
            case Expr.BuiltinCall b -> {
                Value[] args = new Value[b.args().size()];
                for (int i = 0; i < args.length; i++) args[i] = evalUnchecked(b.args().get(i), env);
                yield ops.builtin(b, args);
            }
            case Expr.DefCall d -> {
                CheckedSpec.Def def = spec.defs().get(d.defIndex());
                Env inner = new Env(env.state, def.frameSize());
                for (int i = 0; i < d.args().size(); i++) inner.frame[i] = evalUnchecked(d.args().get(i), env);
                yield evalUnchecked(def.body(), inner);
            }
        };
    }

    SetV set(Expr e, Env env) {
        Value v = evalUnchecked(e, env);
        if (v instanceof SetV s) return s;
        throw fault(Code.EVALUATION_FAULT, e.span(), "expected a set, got " + v.show());
    }

    private Value remoteVar(Expr.RemoteVar r, Env env) {
        Value node = evalUnchecked(r.node(), env);
        int idx = model.nodeIndex(r.roleIndex(), node);
        if (idx < 0) {
            throw fault(Code.FUNCTION_OUTSIDE_DOMAIN, r.span(), node.show() + " is not a node of role " + r.role());
        }
        return env.state[model.nodeBase(r.roleIndex(), idx) + r.varIndex()];
    }

    private Value binary(Expr.Binary b, Env env) {
        switch (b.op()) {
            case AND -> { return BoolV.of(test(b.left(), env) && test(b.right(), env)); }
            case OR -> { return BoolV.of(test(b.left(), env) || test(b.right(), env)); }
            case IMPLIES -> { return BoolV.of(!test(b.left(), env) || test(b.right(), env)); }
            case IN, NOTIN -> {
                Value v = evalUnchecked(b.left(), env);
                boolean member = b.right() instanceof Expr.InfiniteSet inf
                        ? !inf.name().equals("Nat") || (v instanceof IntV i && i.value() >= 0)
                        : set(b.right(), env).contains(v);
                return BoolV.of(member == (b.op() == dev.lockstep.lang.ir.BinaryOp.IN));
            }
            case LEADSTO -> throw fault(Code.EVALUATION_FAULT, b.span(), "~> is temporal; TLC checks properties");
            default -> { return ops.binary(b, evalUnchecked(b.left(), env), evalUnchecked(b.right(), env)); }
        }
    }

    private boolean quant(Expr.Quant q, Env env, int i) {
        if (i == q.vars().size()) return test(q.body(), env);
        SetV domain = set(q.domains().get(i), env);
        int slot = q.vars().get(i).slot();
        for (int k = 0; k < domain.size(); k++) {
            env.frame[slot] = domain.get(k);
            boolean r = quant(q, env, i + 1);
            if (q.forall() != r) return r;
        }
        return q.forall();
    }

    /** CHOOSE picks the least witness in the canonical value order, so it is deterministic. */
    private Value choose(Expr.Choose c, Env env) {
        SetV domain = set(c.domain(), env);
        for (int k = 0; k < domain.size(); k++) {
            env.frame[c.var().slot()] = domain.get(k);
            if (test(c.body(), env)) return domain.get(k);
        }
        throw fault(Code.CHOOSE_FAILED, c.span(), domain.size() == 0 ? "CHOOSE over the empty set"
                : "no element of " + domain.show() + " satisfies the CHOOSE condition");
    }

    private void forEachBinding(List<Expr.Local> vars, List<Expr> domains, Env env, int i, Runnable body) {
        if (i == vars.size()) {
            body.run();
            return;
        }
        SetV domain = set(domains.get(i), env);
        for (int k = 0; k < domain.size(); k++) {
            env.frame[vars.get(i).slot()] = domain.get(k);
            forEachBinding(vars, domains, env, i + 1, body);
        }
    }

    private Value fnCtor(Expr.FnCtor f, Env env) {
        if (f.vars().size() == 1) {
            SetV domain = set(f.domains().get(0), env);
            Value[] keys = new Value[domain.size()];
            Value[] values = new Value[domain.size()];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = domain.get(k);
                env.frame[f.vars().get(0).slot()] = keys[k];
                values[k] = evalUnchecked(f.body(), env);
            }
            return new FnV(keys, values);
        }
        FnV result = FnV.EMPTY;
        List<Value> keys = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        forEachBinding(f.vars(), f.domains(), env, 0, () -> {
            Value[] key = new Value[f.vars().size()];
            for (int i = 0; i < key.length; i++) key[i] = env.frame[f.vars().get(i).slot()];
            keys.add(new SeqV(key));
            values.add(evalUnchecked(f.body(), env));
        });
        for (int i = 0; i < keys.size(); i++) result = result.with(keys.get(i), values.get(i));
        return result;
    }

    private Value except(Expr.Except x, Env env) {
        Value result = evalUnchecked(x.base(), env);
        for (Expr.Update u : x.updates()) result = update(result, u, 0, env, x.span());
        return result;
    }

    private Value update(Value current, Expr.Update u, int depth, Env env, Span span) {
        if (depth == u.path().size()) {
            env.frame[u.atSlot()] = current;
            return evalUnchecked(u.value(), env);
        }
        switch (u.path().get(depth)) {
            case Expr.FieldStep f -> {
                RecordV r = Kinds.record(current, span);
                Value old = r.get(f.field());
                if (old == null) throw fault(Code.EVALUATION_FAULT, span, r.show() + " has no field " + f.field());
                return r.with(f.field(), update(old, u, depth + 1, env, span));
            }
            case Expr.IndexStep s -> {
                Value key = evalUnchecked(s.index(), env);
                Value old = ops.apply(current, key, s.index().span());
                Value replacement = update(old, u, depth + 1, env, span);
                // ops.apply has checked that current is a function or a sequence and key is in its domain.
                if (current instanceof SeqV seq) return seq.with((int) ((IntV) key).value() - 1, replacement);
                return ((FnV) current).with(key, replacement);
            }
        }
    }

    static EvalException fault(Code code, Span span, String message) {
        return new EvalException(code, span, message);
    }

}
