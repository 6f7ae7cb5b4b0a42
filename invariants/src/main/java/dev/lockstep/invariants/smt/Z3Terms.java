package dev.lockstep.invariants.smt;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.ArrayExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Constructor;
import com.microsoft.z3.Context;
import com.microsoft.z3.DatatypeSort;
import com.microsoft.z3.EnumSort;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntExpr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Translates terms into Z3 expressions of one context, creating each sort and constant once. */
@SuppressWarnings({"unchecked", "rawtypes"})
public final class Z3Terms {
    private final Context ctx;
    private final Map<Sort, com.microsoft.z3.Sort> sorts = new HashMap<>();
    private final Map<String, Expr> consts = new HashMap<>();
    /** By identity: terms are deep trees whose record hashCode would walk them whole at every lookup. */
    private final Map<Term, Expr> cache = new java.util.IdentityHashMap<>();

    public Z3Terms(Context ctx) { this.ctx = ctx; }

    public Context context() { return ctx; }

    public com.microsoft.z3.Sort sort(Sort s) {
        com.microsoft.z3.Sort z = sorts.get(s);
        if (z != null) return z;
        z = switch (s) {
            case Sort.Bool b -> ctx.getBoolSort();
            case Sort.Int i -> ctx.getIntSort();
            case Sort.Str x -> ctx.getStringSort();
            case Sort.Enum e -> ctx.mkEnumSort(e.name(), e.labels().toArray(String[]::new));
            case Sort.Array a -> ctx.mkArraySort(sort(a.domain()), sort(a.range()));
            case Sort.Datatype d -> {
                Constructor[] ctors = new Constructor[d.ctors().size()];
                for (int i = 0; i < ctors.length; i++) {
                    Sort.Ctor c = d.ctors().get(i);
                    String[] names = c.fields().stream().map(f -> SmtLib.accessor(c, f)).toArray(String[]::new);
                    com.microsoft.z3.Sort[] fieldSorts = c.fields().stream().map(f -> sort(f.sort()))
                            .toArray(com.microsoft.z3.Sort[]::new);
                    ctors[i] = ctx.mkConstructor(c.name(), "is-" + c.name(), names, fieldSorts, null);
                }
                yield ctx.mkDatatypeSort(d.name(), ctors);
            }
        };
        sorts.put(s, z);
        return z;
    }

    public BoolExpr bool(Term t) { return (BoolExpr) expr(t); }

    /**
     * Translates bottom-up with an explicit stack: terms can be deeper than the thread's stack allows (a store
     * per element of a large set literal, a long ITE chain), so no step recurses on a sub-term that is not yet
     * translated; {@link #translate} then only reads the children from the cache.
     */
    public Expr expr(Term root) {
        Expr done = cache.get(root);
        if (done != null) return done;
        Deque<Term> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Term t = pending.peek();
            if (cache.containsKey(t)) {
                pending.pop();
                continue;
            }
            boolean ready = true;
            for (Term child : children(t)) {
                if (!cache.containsKey(child)) {
                    pending.push(child);
                    ready = false;
                }
            }
            if (ready) {
                pending.pop();
                cache.put(t, translate(t));
            }
        }
        return cache.get(root);
    }

    private static List<? extends Term> children(Term t) {
        return switch (t) {
            case Term.Const c -> List.of();
            case Term.Bound v -> List.of();
            case Term.BoolLit b -> List.of();
            case Term.IntLit i -> List.of();
            case Term.StrLit s -> List.of();
            case Term.EnumLit e -> List.of();
            case Term.App a -> a.args();
            case Term.CtorApp c -> c.args();
            case Term.Accessor a -> List.of(a.arg());
            case Term.IsCtor i -> List.of(i.arg());
            case Term.ConstArray c -> List.of(c.value());
            case Term.Quant q -> {
                List<Term> all = new ArrayList<>(q.vars());
                all.add(q.body());
                yield all;
            }
            case Term.Lambda l -> List.of(l.var(), l.body());
        };
    }

    private Expr translate(Term t) {
        return switch (t) {
            case Term.Const c -> consts.computeIfAbsent(c.name(), n -> ctx.mkConst(n, sort(c.sort())));
            case Term.Bound v -> ctx.mkConst("!" + v.name(), sort(v.sort()));
            case Term.BoolLit b -> ctx.mkBool(b.value());
            case Term.IntLit i -> ctx.mkInt(i.value());
            case Term.StrLit s -> ctx.mkString(s.value());
            case Term.EnumLit e -> ((EnumSort) sort(e.sort())).getConst(e.sort().labels().indexOf(e.label()));
            case Term.App a -> app(a);
            case Term.CtorApp c -> ctx.mkApp(((DatatypeSort) sort(c.sort())).getConstructors()[c.ctor()],
                    c.args().stream().map(this::expr).toArray(Expr[]::new));
            case Term.Accessor s -> ctx.mkApp(((DatatypeSort) sort(s.datatype())).getAccessors()[s.ctor()][s.field()],
                    expr(s.arg()));
            case Term.IsCtor i -> (BoolExpr) ctx.mkApp(((DatatypeSort) sort(i.datatype())).getRecognizers()[i.ctor()],
                    expr(i.arg()));
            case Term.ConstArray c -> ctx.mkConstArray(sort(c.sort().domain()), expr(c.value()));
            case Term.Quant q -> {
                Expr[] vars = q.vars().stream().map(this::expr).toArray(Expr[]::new);
                yield q.forall() ? ctx.mkForall(vars, expr(q.body()), 0, null, null, null, null)
                        : ctx.mkExists(vars, expr(q.body()), 0, null, null, null, null);
            }
            case Term.Lambda l -> ctx.mkLambda(new Expr[] {expr(l.var())}, expr(l.body()));
        };
    }

    private Expr app(Term.App a) {
        List<Term> x = a.args();
        return switch (a.op()) {
            case NOT -> ctx.mkNot(bool(x.get(0)));
            case AND -> ctx.mkAnd(x.stream().map(this::bool).toArray(BoolExpr[]::new));
            case OR -> ctx.mkOr(x.stream().map(this::bool).toArray(BoolExpr[]::new));
            case IMPLIES -> ctx.mkImplies(bool(x.get(0)), bool(x.get(1)));
            case EQ -> ctx.mkEq(expr(x.get(0)), expr(x.get(1)));
            case ITE -> ctx.mkITE(bool(x.get(0)), expr(x.get(1)), expr(x.get(2)));
            case ADD -> ctx.mkAdd(arith(x.get(0)), arith(x.get(1)));
            case SUB -> ctx.mkSub(arith(x.get(0)), arith(x.get(1)));
            case MUL -> ctx.mkMul(arith(x.get(0)), arith(x.get(1)));
            case NEG -> ctx.mkUnaryMinus(arith(x.get(0)));
            case DIV -> ctx.mkDiv(arith(x.get(0)), arith(x.get(1)));
            case MOD -> ctx.mkMod((IntExpr) expr(x.get(0)), (IntExpr) expr(x.get(1)));
            case LT -> ctx.mkLt(arith(x.get(0)), arith(x.get(1)));
            case LE -> ctx.mkLe(arith(x.get(0)), arith(x.get(1)));
            case SELECT -> ctx.mkSelect((ArrayExpr) expr(x.get(0)), expr(x.get(1)));
            case STORE -> ctx.mkStore((ArrayExpr) expr(x.get(0)), expr(x.get(1)), expr(x.get(2)));
        };
    }

    private ArithExpr arith(Term t) { return (ArithExpr) expr(t); }
}
