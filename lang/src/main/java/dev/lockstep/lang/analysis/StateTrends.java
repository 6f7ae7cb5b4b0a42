package dev.lockstep.lang.analysis;

import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The syntactic monotonicity test: the {@link Trend} of an expression of a role, given how each of the role's
 * variables moves. Operators that grow in their operands ({@code /\}, {@code \/}, {@code \cup}, {@code +},
 * Cardinality, {@code \E x \in S}) pass trends on; {@code ~}, {@code \notin}, {@code \} and the smaller side of a
 * comparison reverse them; {@code =}, {@code /=} and anything not listed give NONE unless their operands are CONST.
 * It is sound, not complete: NONE means "not shown upward-closed".
 */
final class StateTrends {
    /** Definitions nest this deep at most before the answer is NONE (definitions cannot recurse, but be safe). */
    private static final int MAX_DEPTH = 32;

    private final CheckedSpec spec;
    private final Map<Integer, Trend> varTrends;

    /** {@code varTrends}: by variable index, how each variable of the role moves (CONST: never assigned). */
    StateTrends(CheckedSpec spec, Map<Integer, Trend> varTrends) {
        this.spec = spec;
        this.varTrends = varTrends;
    }

    /** The trend of {@code e} in an action's frame, where every bound slot (parameter, message) is CONST. */
    Trend of(Expr e) { return of(e, new HashMap<>(), 0); }

    private Trend of(Expr e, Map<Integer, Trend> slots, int depth) {
        if (depth > MAX_DEPTH) return Trend.NONE;
        return switch (e) {
            case Expr.Lit l -> Trend.CONST;
            case Expr.ConstRef c -> Trend.CONST;
            case Expr.Local l -> slots.getOrDefault(l.slot(), Trend.CONST);
            case Expr.Self s -> Trend.CONST;
            case Expr.InfiniteSet i -> Trend.CONST;
            case Expr.VarRef v -> varTrends.getOrDefault(v.varIndex(), Trend.NONE);
            // Other nodes' state and the network are not the acting node's to grow.
            case Expr.RemoteVar r -> Trend.NONE;
            case Expr.NetworkView n -> Trend.NONE;
            case Expr.NetworkRead n -> Trend.NONE;
            case Expr.Primed p -> Trend.NONE;
            case Expr.Unary u -> switch (u.op()) {
                case NOT, NEG -> of(u.operand(), slots, depth).flip();
                case SUBSET, UNION -> of(u.operand(), slots, depth);
                case DOMAIN, ALWAYS, EVENTUALLY -> constOrNone(of(u.operand(), slots, depth));
            };
            case Expr.Binary b -> binary(b, slots, depth);
            case Expr.Quant q -> {
                Trend domains = Trend.CONST;
                for (Expr d : q.domains()) domains = domains.with(of(d, slots, depth));
                Trend body = of(q.body(), bind(slots, q.vars()), depth);
                // \E grows with its domain and its body; \A shrinks with its domain and grows with its body.
                yield q.forall() ? domains.flip().with(body) : domains.with(body);
            }
            case Expr.SetFilter f -> of(f.domain(), slots, depth)
                    .with(of(f.predicate(), bind(slots, List.of(f.var())), depth));
            case Expr.SetMap m -> {
                Trend t = constOrNone(of(m.body(), bind(slots, m.vars()), depth));
                for (Expr d : m.domains()) t = t.with(of(d, slots, depth));
                yield t;
            }
            case Expr.SetLit s -> allConst(s.elements(), slots, depth);
            case Expr.Choose c -> constOrNone(of(c.domain(), slots, depth)
                    .with(of(c.body(), bind(slots, List.of(c.var())), depth)));
            case Expr.FnCtor f -> {
                Trend t = of(f.body(), bind(slots, f.vars()), depth);
                for (Expr d : f.domains()) t = t.with(constOrNone(of(d, slots, depth)));
                yield t;
            }
            case Expr.RecordCtor r -> allConst(r.values(), slots, depth);
            case Expr.TupleLit t -> allConst(t.elements(), slots, depth);
            // A map read at a fixed key moves like the map's entries.
            case Expr.Apply a -> of(a.arg(), slots, depth) == Trend.CONST ? of(a.function(), slots, depth) : Trend.NONE;
            case Expr.FieldAccess f -> constOrNone(of(f.target(), slots, depth));
            case Expr.Except x -> {
                Trend t = of(x.base(), slots, depth);
                for (Expr.Update u : x.updates()) {
                    for (Expr.PathStep s : u.path()) {
                        if (s instanceof Expr.IndexStep i) t = t.with(constOrNone(of(i.index(), slots, depth)));
                    }
                    t = t.with(of(u.value(), slots, depth));
                }
                yield t;
            }
            case Expr.If i -> of(i.cond(), slots, depth) == Trend.CONST
                    ? of(i.then(), slots, depth).with(of(i.otherwise(), slots, depth)) : Trend.NONE;
            case Expr.Case c -> {
                Trend t = allConst(c.guards(), slots, depth);
                if (t != Trend.CONST) yield Trend.NONE;
                for (Expr v : c.values()) t = t.with(of(v, slots, depth));
                yield c.other() == null ? t : t.with(of(c.other(), slots, depth));
            }
            case Expr.Let l -> {
                Map<Integer, Trend> inner = new HashMap<>(slots);
                for (int k = 0; k < l.vars().size(); k++) {
                    inner.put(l.vars().get(k).slot(), of(l.values().get(k), inner, depth));
                }
                yield of(l.body(), inner, depth);
            }
            case Expr.BuiltinCall c -> builtin(c, slots, depth);
            case Expr.DefCall d -> {
                CheckedSpec.Def def = spec.defs().get(d.defIndex());
                Map<Integer, Trend> params = new HashMap<>();
                for (int k = 0; k < def.params().size(); k++) {
                    params.put(def.params().get(k).slot(), of(d.args().get(k), slots, depth));
                }
                yield of(def.body(), params, depth + 1);
            }
        };
    }

    private Trend binary(Expr.Binary b, Map<Integer, Trend> slots, int depth) {
        Trend l = of(b.left(), slots, depth);
        Trend r = of(b.right(), slots, depth);
        return switch (b.op()) {
            case AND, OR, CUP, CAP, PLUS -> l.with(r);
            case IMPLIES -> l.flip().with(r);
            case SETMINUS, MINUS -> l.with(r.flip());
            case RANGE -> l.flip().with(r);
            // x \in S and A \subseteq B grow with the set that contains and shrink with the one contained.
            case IN -> l == Trend.CONST ? r : Trend.NONE;
            case NOTIN -> l == Trend.CONST ? r.flip() : Trend.NONE;
            case SUBSETEQ, LE, LT -> l.flip().with(r);
            case GE, GT -> l.with(r.flip());
            case TIMES -> nonNegativeLiteral(b.left()) ? r : nonNegativeLiteral(b.right()) ? l : constOrNone(l.with(r));
            case EQ, NEQ, EQUIV, LEADSTO, DIV, MOD, CONCAT, SINGLETON_MAP, MERGE_MAP, FN_SET -> constOrNone(l.with(r));
        };
    }

    private Trend builtin(Expr.BuiltinCall c, Map<Integer, Trend> slots, int depth) {
        Expr arg = c.args().get(0);
        return switch (c.fn()) {
            case CARDINALITY -> of(arg, slots, depth);
            // Max and Min of listed values grow with each value; of a set, Max grows with the set, Min shrinks.
            case MAX -> arg instanceof Expr.SetLit s ? elementwise(s, slots, depth) : of(arg, slots, depth);
            case MIN -> arg instanceof Expr.SetLit s ? elementwise(s, slots, depth) : of(arg, slots, depth).flip();
            case LEN, APPEND, HEAD, TAIL, SUBSEQ -> allConst(c.args(), slots, depth);
        };
    }

    private Trend elementwise(Expr.SetLit s, Map<Integer, Trend> slots, int depth) {
        Trend t = Trend.CONST;
        for (Expr e : s.elements()) t = t.with(of(e, slots, depth));
        return t;
    }

    private Trend allConst(List<Expr> es, Map<Integer, Trend> slots, int depth) {
        Trend t = Trend.CONST;
        for (Expr e : es) t = t.with(constOrNone(of(e, slots, depth)));
        return t;
    }

    private static Trend constOrNone(Trend t) { return t == Trend.CONST ? Trend.CONST : Trend.NONE; }

    private static Map<Integer, Trend> bind(Map<Integer, Trend> slots, List<Expr.Local> vars) {
        Map<Integer, Trend> inner = new HashMap<>(slots);
        for (Expr.Local v : vars) inner.put(v.slot(), Trend.CONST);
        return inner;
    }

    private static boolean nonNegativeLiteral(Expr e) {
        return e instanceof Expr.Lit l && l.value() instanceof dev.lockstep.lang.value.IntV i && i.value() >= 0;
    }
}
