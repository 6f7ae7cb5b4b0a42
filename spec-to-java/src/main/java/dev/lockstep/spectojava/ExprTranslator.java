package dev.lockstep.spectojava;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.EnumV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.StrV;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates checked expressions into Java expressions over the value mapping. One translator serves one generated
 * method: it owns the method's local names. Every construct maps to one expression (quantifiers, CHOOSE, LET and set
 * comprehensions become {@code SpecValues} calls with lambdas), evaluated in the evaluator's order.
 * {@link FragmentCheck} has rejected what this class cannot translate.
 */
final class ExprTranslator {
    /** A translated expression; {@code primitive} when its Java type is {@code long} or {@code boolean}. */
    record JExpr(Expression code, boolean primitive) {}

    /** How the method at hand reaches role variables, constants, definitions and the current node. */
    interface Context {
        JExpr var(Expr.VarRef v);

        Expression constant(Expr.ConstRef c);

        /** The receiver of definition calls, or null for an unqualified call. */
        Expression defs();

        Expression self();

        /** Another node's variable: only an exchange's projection reads one (its peer's, from a message). */
        default JExpr remote(Expr.RemoteVar r) { throw unsupported(r); }
    }

    private final TypeMapper types;
    private final Context ctx;
    private final Names.Scope names;
    private final Map<Integer, JExpr> locals = new HashMap<>();
    private boolean usesExactArithmetic;

    ExprTranslator(TypeMapper types, Context ctx, Names.Scope names) {
        this.types = types;
        this.ctx = ctx;
        this.names = names;
    }

    /** True when a translated expression may throw ArithmeticException for 64-bit overflow. */
    boolean usesExactArithmetic() { return usesExactArithmetic; }

    /** Binds a spec local (a parameter or message) to a Java name; returns the name. */
    String bind(Expr.Local local, boolean primitive) {
        String name = names.allocate(Names.local(local.name()), "");
        locals.put(local.slot(), new JExpr(J.name(name), primitive));
        return name;
    }

    Expression code(Expr e) { return tr(e).code(); }

    JExpr tr(Expr e) {
        return switch (e) {
            case Expr.Lit l -> literal(l);
            case Expr.ConstRef c -> new JExpr(ctx.constant(c), TypeMapper.isPrimitive(c.type()));
            case Expr.Local l -> local(l);
            case Expr.Self s -> new JExpr(ctx.self(), false);
            case Expr.VarRef v -> ctx.var(v);
            case Expr.RemoteVar r -> ctx.remote(r);
            case Expr.NetworkView n -> throw unsupported(n);
            case Expr.Primed p -> throw unsupported(p);
            case Expr.NetworkRead n -> throw unsupported(n);
            case Expr.InfiniteSet i -> throw unsupported(i);
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> binary(b);
            case Expr.Quant q -> new JExpr(quant(q, 0), true);
            case Expr.Choose c -> {
                Expression domain = code(c.domain());
                String x = bind(c.var(), false);
                yield boxed(J.call("SpecValues", "choose", domain, J.lambda(code(c.body()), x), at(c)));
            }
            case Expr.SetLit s -> boxed(J.call("SpecValues", "setOf", codes(s.elements()).toArray(Expression[]::new)));
            case Expr.SetFilter f -> {
                Expression domain = code(f.domain());
                String x = bind(f.var(), false);
                yield boxed(J.call("SpecValues", "filter", domain, J.lambda(code(f.predicate()), x)));
            }
            case Expr.SetMap m -> boxed(setMap(m, 0));
            case Expr.FnCtor f -> {
                Expression domain = code(f.domains().get(0));
                String x = bind(f.vars().get(0), false);
                MethodCallExpr fn = J.call("SpecValues", "fn", domain, J.lambda(code(f.body()), x));
                Type key = element(f.domains().get(0).type());
                // Over an empty set literal the key type is unknown here; Java infers it from the target.
                yield boxed(key instanceof Type.Any ? fn : typed(fn, key, f.body().type()));
            }
            case Expr.RecordCtor r -> boxed(J.newObject(J.type(types.records.get((Type.Record) r.type())),
                    codes(r.values()).toArray(Expression[]::new)));
            case Expr.TupleLit t -> boxed(J.call("SpecValues", "seqOf",
                    codes(t.elements()).toArray(Expression[]::new)));
            case Expr.Apply a -> {
                Expression f = code(a.function());
                Expression arg = code(a.arg());
                String op = a.function().type() instanceof Type.MapOf ? "apply" : "index";
                yield boxed(J.call("SpecValues", op, f, arg, at(a)));
            }
            case Expr.FieldAccess f -> new JExpr(J.call(code(f.target()), field(f.target().type(), f.field())),
                    TypeMapper.isPrimitive(f.type()));
            case Expr.Except x -> boxed(except(x));
            case Expr.If i -> {
                JExpr c = tr(i.cond());
                JExpr t = tr(i.then());
                JExpr o = tr(i.otherwise());
                yield new JExpr(new ConditionalExpr(J.paren(c.code()), J.paren(t.code()), J.paren(o.code())),
                        t.primitive() && o.primitive());
            }
            case Expr.Case c -> caseExpr(c);
            case Expr.Let l -> boxed(let(l, 0)); // the value comes back from a generic method
            case Expr.BuiltinCall b -> builtin(b);
            case Expr.DefCall d -> {
                List<Expression> args = codes(d.args());
                usesExactArithmetic = true; // the definition's arithmetic may overflow
                MethodCallExpr call = new MethodCallExpr(ctx.defs(), Names.member(d.name()), NodeList.nodeList(args));
                yield new JExpr(call, TypeMapper.isPrimitive(d.type()));
            }
        };
    }

    private static JExpr boxed(Expression e) { return new JExpr(e, false); }

    /** The Java of each expression, in order (a mutable list). */
    private List<Expression> codes(List<Expr> xs) {
        List<Expression> out = new ArrayList<>(xs.size());
        for (Expr x : xs) out.add(code(x));
        return out;
    }

    private JExpr local(Expr.Local l) {
        JExpr bound = locals.get(l.slot());
        if (bound == null) throw new IllegalStateException("unbound local " + l.name() + " at " + Locations.of(l.span()));
        return bound;
    }

    private JExpr literal(Expr.Lit l) {
        return switch (l.value()) {
            case BoolV b -> new JExpr(J.bool(b.value()), true);
            case IntV i -> new JExpr(J.lng(i.value()), true);
            case StrV s -> boxed(J.str(s.value()));
            case EnumV e -> boxed(new FieldAccessExpr(J.name(types.enums.get(e.enumName())), Names.member(e.label())));
            case NodeV n -> boxed(J.call("NodeId", "of", J.str(n.name())));
            default -> throw unsupported(l);
        };
    }

    private JExpr unary(Expr.Unary u) {
        if (u.op() == dev.lockstep.lang.ir.UnaryOp.NEG && u.operand() instanceof Expr.Lit l && l.value() instanceof IntV i
                && i.value() != Long.MIN_VALUE) {
            return new JExpr(J.lng(-i.value()), true); // a negative literal such as -1
        }
        JExpr x = tr(u.operand());
        return switch (u.op()) {
            case NOT -> new JExpr(J.not(x.code()), true);
            case NEG -> {
                usesExactArithmetic = true;
                yield new JExpr(J.call("Math", "negateExact", x.code()), true);
            }
            case DOMAIN -> boxed(J.call("SpecValues", "domain", x.code()));
            case SUBSET -> boxed(J.call("SpecValues", "powerset", x.code(), at(u)));
            case UNION -> boxed(J.call("SpecValues", "unionAll", x.code()));
            case ALWAYS, EVENTUALLY -> throw unsupported(u);
        };
    }

    private JExpr binary(Expr.Binary b) {
        if (b.op() == BinaryOp.IN || b.op() == BinaryOp.NOTIN) {
            Expression member;
            if (b.right() instanceof Expr.InfiniteSet inf) {
                member = inf.name().equals("Nat") ? J.binary(code(b.left()), BinaryExpr.Operator.GREATER_EQUALS, J.lng(0))
                        : J.bool(true);
            } else {
                JExpr set = tr(b.right());
                member = J.call(set.code(), "contains", code(b.left()));
            }
            return new JExpr(b.op() == BinaryOp.IN ? member : J.not(member), true);
        }
        JExpr l = tr(b.left());
        JExpr r = tr(b.right());
        Expression lc = l.code();
        Expression rc = r.code();
        return switch (b.op()) {
            case AND -> new JExpr(J.binary(lc, BinaryExpr.Operator.AND, rc), true);
            case OR -> new JExpr(J.binary(lc, BinaryExpr.Operator.OR, rc), true);
            case IMPLIES -> new JExpr(J.binary(J.not(lc), BinaryExpr.Operator.OR, rc), true);
            case EQUIV, EQ -> new JExpr(equality(b.left().type(), l, r), true);
            case NEQ -> new JExpr(J.not(equality(b.left().type(), l, r)), true);
            case LT -> new JExpr(J.binary(lc, BinaryExpr.Operator.LESS, rc), true);
            case LE -> new JExpr(J.binary(lc, BinaryExpr.Operator.LESS_EQUALS, rc), true);
            case GT -> new JExpr(J.binary(lc, BinaryExpr.Operator.GREATER, rc), true);
            case GE -> new JExpr(J.binary(lc, BinaryExpr.Operator.GREATER_EQUALS, rc), true);
            case SUBSETEQ -> new JExpr(J.call("SpecValues", "subsetEq", lc, rc), true);
            case CUP -> boxed(chainTyped(b, J.call("SpecValues", "union", lc, rc)));
            case CAP -> boxed(chainTyped(b, J.call("SpecValues", "intersect", lc, rc)));
            case SETMINUS -> boxed(J.call("SpecValues", "minus", lc, rc));
            case PLUS -> exact("addExact", lc, rc);
            case MINUS -> exact("subtractExact", lc, rc);
            case TIMES -> exact("multiplyExact", lc, rc);
            case DIV -> {
                usesExactArithmetic = true;
                yield new JExpr(J.call("SpecValues", "div", lc, rc, at(b)), true);
            }
            case MOD -> new JExpr(J.call("SpecValues", "mod", lc, rc, at(b)), true);
            case RANGE -> boxed(J.call("SpecValues", "range", lc, rc));
            case CONCAT -> boxed(chainTyped(b, J.call("SpecValues", "concat", lc, rc)));
            case SINGLETON_MAP -> boxed(J.call("SpecValues", "singletonMap", lc, rc));
            case MERGE_MAP -> boxed(chainTyped(b, J.call("SpecValues", "merge", lc, rc)));
            case FN_SET -> boxed(J.call("SpecValues", "functionSet", lc, rc, at(b)));
            case IN, NOTIN, LEADSTO -> throw unsupported(b);
        };
    }

    /**
     * A long run of {@code \cup} (or {@code \cap}, {@code \o}, {@code @@}) reaches here as a balanced tree, whose
     * right operands are the same operator (as written, a run nests only to the left). Nested generic calls make
     * javac's type inference take time exponential in their depth, so these get explicit type arguments.
     */
    private MethodCallExpr chainTyped(Expr.Binary b, MethodCallExpr call) {
        if (!(b.right() instanceof Expr.Binary r && r.op() == b.op())) return call;
        return switch (b.type()) {
            case Type.SetOf s -> typed(call, s.element());
            case Type.SeqOf s -> typed(call, s.element());
            case Type.MapOf m -> typed(call, m.key(), m.value());
            case Type.Tuple t -> call;
            case Type.Bool x -> call;
            case Type.Int x -> call;
            case Type.Str x -> call;
            case Type.Node x -> call;
            case Type.Any x -> call;
            case Type.Enum x -> call;
            case Type.Record x -> call;
            case Type.Message x -> call;
        };
    }

    private JExpr exact(String method, Expression l, Expression r) {
        usesExactArithmetic = true;
        return new JExpr(J.call("Math", method, l, r), true);
    }

    /** {@code ==} on primitives and enum labels (a boxed operand is unboxed when the other is primitive), else equals. */
    private static Expression equality(Type t, JExpr l, JExpr r) {
        if (t instanceof Type.Enum || (TypeMapper.isPrimitive(t) && (l.primitive() || r.primitive()))) {
            return J.binary(l.code(), BinaryExpr.Operator.EQUALS, r.code());
        }
        if (TypeMapper.isPrimitive(t)) return J.call("Objects", "equals", l.code(), r.code());
        return J.call(l.code(), "equals", r.code());
    }

    private Expression quant(Expr.Quant q, int i) {
        if (i == q.vars().size()) return code(q.body());
        Expression domain = code(q.domains().get(i));
        String x = bind(q.vars().get(i), false);
        return J.call("SpecValues", q.forall() ? "forall" : "exists", domain, J.lambda(quant(q, i + 1), x));
    }

    /** Java infers a generic method's result poorly from a lambda in argument position, so the types are explicit. */
    private MethodCallExpr typed(MethodCallExpr call, Type... types) {
        NodeList<com.github.javaparser.ast.type.Type> args = new NodeList<>();
        for (Type t : types) args.add(this.types.boxed(t));
        call.setTypeArguments(args);
        return call;
    }

    private static Type element(Type set) {
        return set instanceof Type.SetOf s ? s.element() : Type.ANY;
    }

    private Expression setMap(Expr.SetMap m, int i) {
        Expression domain = code(m.domains().get(i));
        String x = bind(m.vars().get(i), false);
        boolean last = i == m.vars().size() - 1;
        Expression body = last ? code(m.body()) : setMap(m, i + 1);
        return typed(J.call("SpecValues", last ? "map" : "flatMap", domain, J.lambda(body, x)),
                element(m.domains().get(i).type()), element(m.type()));
    }

    private Expression let(Expr.Let l, int i) {
        if (i == l.vars().size()) return code(l.body());
        Expression value = code(l.values().get(i));
        String x = bind(l.vars().get(i), false);
        return typed(J.call("SpecValues", "let", value, J.lambda(let(l, i + 1), x)), l.values().get(i).type(),
                l.body().type());
    }

    private JExpr caseExpr(Expr.Case c) {
        Expression result;
        boolean primitive;
        if (c.other() != null) {
            JExpr o = tr(c.other());
            result = o.code();
            primitive = o.primitive();
        } else {
            MethodCallExpr fail = J.call("SpecValues", "noCaseArm", at(c));
            fail.setTypeArguments(types.boxed(c.type()));
            result = fail;
            primitive = false;
        }
        // Built from the last arm outward; guards are still evaluated first to last.
        List<JExpr> guards = new ArrayList<>();
        List<JExpr> values = new ArrayList<>();
        for (int i = 0; i < c.guards().size(); i++) {
            guards.add(tr(c.guards().get(i)));
            values.add(tr(c.values().get(i)));
        }
        for (int i = guards.size() - 1; i >= 0; i--) {
            result = new ConditionalExpr(J.paren(guards.get(i).code()), J.paren(values.get(i).code()), J.paren(result));
            primitive &= values.get(i).primitive();
        }
        return new JExpr(result, primitive);
    }

    private JExpr builtin(Expr.BuiltinCall b) {
        List<Expression> args = codes(b.args());
        return switch (b.fn()) {
            case CARDINALITY, LEN -> new JExpr(J.cast(PrimitiveType.longType(), J.call(args.get(0), "size")), true);
            case APPEND -> boxed(J.call("SpecValues", "append", args.get(0), args.get(1)));
            case HEAD -> boxed(J.call("SpecValues", "head", args.get(0), at(b)));
            case TAIL -> boxed(J.call("SpecValues", "tail", args.get(0), at(b)));
            case SUBSEQ -> boxed(J.call("SpecValues", "subSeq", args.get(0), args.get(1), args.get(2), at(b)));
            case MIN -> boxed(J.call("SpecValues", "min", args.get(0), at(b)));
            case MAX -> boxed(J.call("SpecValues", "max", args.get(0), at(b)));
        };
    }

    /** {@code [f EXCEPT ![a][b] = v, ...]}: each update rewrites the result of the previous one. */
    private Expression except(Expr.Except x) {
        Expression result = code(x.base());
        for (Expr.Update u : x.updates()) result = update(result, x.base().type(), u, 0, x);
        return result;
    }

    private Expression update(Expression current, Type type, Expr.Update u, int depth, Expr.Except x) {
        if (depth == u.path().size()) {
            return current; // not reached: the last step binds @ below
        }
        boolean last = depth == u.path().size() - 1;
        String old = names.allocate("old", "");
        Type inner;
        Expression key;
        switch (u.path().get(depth)) {
            case Expr.IndexStep s -> {
                key = code(s.index());
                inner = type instanceof Type.MapOf m ? m.value() : TypeMapper.seqElement(type);
            }
            case Expr.FieldStep f -> throw unsupported(x);
        }
        Expression body;
        if (last) {
            locals.put(u.atSlot(), new JExpr(J.name(old), false));
            body = code(u.value());
        } else {
            body = update(J.name(old), inner, u, depth + 1, x);
        }
        return J.call("SpecValues", "except", current, key, J.lambda(body, old), at(x));
    }

    private String field(Type target, String field) {
        if (target instanceof Type.Message && (field.equals("src") || field.equals("dst") || field.equals("type"))) {
            return field;
        }
        return Names.member(field);
    }

    static Expression at(Expr e) { return J.str(Locations.of(e.span())); }

    private static IllegalStateException unsupported(Expr e) {
        return new IllegalStateException("the fragment check should have rejected " + e.getClass().getSimpleName()
                + " at " + Locations.of(e.span()));
    }
}
