package dev.lockstep.lang.check;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.Builtin;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.ir.NetworkQuery;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.syntax.Ast;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Resolves names and infers types of expressions, producing checked IR. Errors are reported and the offending
 * node gets type {@link Type#ANY}, so one mistake does not cascade into many.
 */
final class ExprChecker {
    private final Symbols symbols;
    private final Diagnostics diags;
    private final DefResolver defs;
    private final NestingDepth depth;
    private final NameDiagnostics names;

    /** Checks a definition on first use, so definitions can be used before they are declared. */
    interface DefResolver {
        dev.lockstep.lang.ir.CheckedSpec.Def resolve(Symbols.DefSig def, Span useSite);
    }

    /** {@code Msgs}, {@code Copies}, {@code Channel}, {@code ChannelLen}: the reads of the network. */
    private final NetworkReadChecks networkReads;

    /** The element types of functions, sequences and tuples: {@code f[x]}, EXCEPT paths, sequence builtins. */
    private final ElementTypes elements;

    ExprChecker(Symbols symbols, Diagnostics diags, DefResolver defs) {
        this.symbols = symbols;
        this.diags = diags;
        this.defs = defs;
        this.depth = new NestingDepth(diags);
        this.names = new NameDiagnostics(symbols, diags);
        this.networkReads = new NetworkReadChecks(symbols, diags, this);
        this.elements = new ElementTypes(diags, this);
    }

    NestingDepth depth() { return depth; }

    /** The diagnostics for names that cannot be used, shared with the statement checks. */
    NameDiagnostics names() { return names; }

    /** Checks {@code e} and reports a mismatch when its type does not fit {@code expected}. */
    Expr check(Ast.Expr e, Context ctx, Type expected, String what) {
        Expr out = check(e, ctx);
        require(out, expected, what);
        return out;
    }

    Type require(Expr e, Type expected, String what) {
        Type u = Type.unify(e.type(), expected);
        if (u == null) {
            diags.error(Code.TYPE_MISMATCH, e.span(), what + " must be " + expected + ", but has type " + e.type());
            return Type.ANY;
        }
        return u;
    }

    Expr check(Ast.Expr e, Context ctx) {
        if (!depth.enter(e.span())) return error(e.span());
        try {
            return checkWithin(e, ctx);
        } finally {
            depth.exit();
        }
    }

    private Expr checkWithin(Ast.Expr e, Context ctx) {
        return switch (e) {
            case Ast.IntLit i -> new Expr.Lit(IntV.of(i.value()), Type.INT, i.span());
            case Ast.StrLit s -> new Expr.Lit(new StrV(s.value()), Type.STRING, s.span());
            case Ast.BoolLit b -> new Expr.Lit(BoolV.of(b.value()), Type.BOOL, b.span());
            case Ast.SelfExpr s -> self(s, ctx);
            case Ast.Name n -> name(n, ctx);
            case Ast.Unary u -> unary(u, ctx);
            case Ast.Binary b -> binary(b, ctx);
            case Ast.Quant q -> quant(q, ctx);
            case Ast.Choose c -> choose(c, ctx);
            case Ast.SetLit s -> setLit(s, ctx);
            case Ast.SetFilter f -> setFilter(f, ctx);
            case Ast.SetMap m -> setMap(m, ctx);
            case Ast.FnCtor f -> fnCtor(f, ctx);
            case Ast.RecordCtor r -> recordCtor(r, ctx);
            case Ast.MsgCtor m -> {
                diags.error(Code.UNSUPPORTED_SYNTAX, m.span(), "a message is built only in a send statement",
                        "to test for a message, use Msgs(" + m.type().name() + ") with its fields");
                yield new Expr.Lit(BoolV.FALSE, Type.ANY, m.span());
            }
            case Ast.TupleLit t -> tuple(t, ctx);
            case Ast.Apply a -> apply(a, ctx);
            case Ast.Call c -> call(c, ctx);
            case Ast.Field f -> field(f, ctx);
            case Ast.Except x -> except(x, ctx);
            case Ast.If i -> ifExpr(i, ctx);
            case Ast.Case c -> caseExpr(c, ctx);
            case Ast.Let l -> let(l, ctx);
            case Ast.AtExpr a -> at(a, ctx);
            case Ast.Primed p -> primed(p, ctx);
        };
    }

    Expr error(Span span) { return new Expr.Lit(BoolV.FALSE, Type.ANY, span); }

    private Expr self(Ast.SelfExpr s, Context ctx) {
        if (!ctx.inRole()) {
            diags.error(Code.SELF_OUTSIDE_ROLE, s.span(), "'self' is only defined inside a role's actions",
                    "outside a role, quantify over the role's nodes: \\A n \\in Nodes : Role[n].x ...");
            return new Expr.Lit(new NodeV("self"), Type.NODE, s.span());
        }
        return new Expr.Self(s.span());
    }

    private Expr name(Ast.Name n, Context ctx) {
        String name = n.name();
        Expr.Local local = ctx.lookup(name);
        if (local != null) return new Expr.Local(name, local.slot(), local.type(), n.span());
        if (ctx.inRole()) {
            Symbols.VarSig v = ctx.role.var(name);
            if (v != null) {
                if (ctx.kind == Context.Kind.VAR_INIT && v.index() >= ctx.visibleVars) {
                    diags.error(Code.UNKNOWN_NAME, n.span(), "variable '" + name + "' is not initialized yet",
                            "an initial value may use only the variables declared above it");
                    return error(n.span());
                }
                return new Expr.VarRef(ctx.role.name(), name, v.index(), v.type(), n.span());
            }
        }
        var c = symbols.consts.get(name);
        if (c != null) {
            ctx.maxConstRead = Math.max(ctx.maxConstRead, c.index());
            return new Expr.ConstRef(name, c.index(), c.type(), n.span());
        }
        var label = symbols.labels.get(name);
        if (label != null) return new Expr.Lit(label.value(), label.type(), n.span());
        switch (name) {
            case "Nat", "Int" -> { return new Expr.InfiniteSet(name, n.span()); }
            case "BOOLEAN" -> {
                return new Expr.Lit(SetV.of(BoolV.FALSE, BoolV.TRUE), new Type.SetOf(Type.BOOL), n.span());
            }
            default -> { }
        }
        Symbols.DefSig def = symbols.defs.get(name);
        if (def == null) def = symbols.invariantAsDef(name);
        if (def != null) return defCall(def, List.of(), n.span(), ctx);
        if (ctx.kind == Context.Kind.MODEL && !symbols.declared.containsKey(name)) {
            return new Expr.Lit(new NodeV(name), Type.NODE, n.span());
        }
        if (name.equals(OptionForms.NONE) && !symbols.declared.containsKey(name)) {
            return check(OptionForms.none(n), ctx);
        }
        String kind = symbols.nonValueKind(name);
        if (kind != null) {
            names.notAValue(name, kind, n.span(), ctx.kind == Context.Kind.MODEL);
            return error(n.span());
        }
        Symbols.RoleSig owner = symbols.roleOwning(name);
        if (owner != null) {
            diags.error(Code.LOCAL_VAR_OUTSIDE_ROLE, n.span(), "'" + name + "' is a variable of role "
                    + owner.name() + " and needs a node here", "write " + owner.name() + "[n]." + name
                    + " for node n's copy");
            return error(n.span());
        }
        if (symbols.roles.containsKey(name)) {
            diags.error(Code.NOT_APPLICABLE, n.span(), "role '" + name + "' is not a value",
                    "read a node's variable with " + name + "[n].var");
            return error(n.span());
        }
        if (ctx.pendingBound.contains(name)) {
            diags.error(Code.UNKNOWN_NAME, n.span(), "'" + name + "' is not in scope in the domains of the"
                    + " quantifier that binds it", "nest the quantifiers instead: \\A x \\in S : \\A y \\in T(x) : ...");
            return error(n.span());
        }
        names.unknown(name, n.span());
        return error(n.span());
    }

    /** {@code e'}; the parser admits it only in a property, and the checker then requires {@code [](P)} (LS240). */
    private Expr primed(Ast.Primed p, Context ctx) {
        Expr operand = check(p.operand(), ctx);
        if (Exprs.anyMatch(operand, x -> x instanceof Expr.Primed)) {
            diags.error(Code.NESTED_PRIME, p.span(), "a primed expression cannot be primed again",
                    "e' already reads the next state; a step has only one");
        }
        return new Expr.Primed(operand, operand.type(), p.span());
    }

    private Expr unary(Ast.Unary u, Context ctx) {
        if (u.op().isTemporal()) temporal(u.span(), u.op().symbol(), ctx);
        Expr operand = check(u.operand(), ctx);
        Type t = switch (u.op()) {
            case NOT, ALWAYS, EVENTUALLY -> {
                require(operand, Type.BOOL, "the operand of " + u.op().symbol());
                yield Type.BOOL;
            }
            case NEG -> {
                require(operand, Type.INT, "the operand of unary -");
                yield Type.INT;
            }
            case DOMAIN -> switch (operand.type()) {
                case Type.MapOf m -> new Type.SetOf(m.key());
                case Type.SeqOf s -> new Type.SetOf(Type.INT);
                case Type.Tuple t2 -> new Type.SetOf(Type.INT);
                case Type.Any a -> new Type.SetOf(Type.ANY);
                default -> notApplicable(operand, "DOMAIN needs a function or sequence");
            };
            case SUBSET -> new Type.SetOf(new Type.SetOf(setElement(operand, "SUBSET")));
            case UNION -> {
                Type inner = setElement(operand, "UNION");
                if (inner instanceof Type.SetOf || inner instanceof Type.Any) yield inner;
                yield notApplicable(operand, "UNION needs a set of sets");
            }
        };
        return new Expr.Unary(u.op(), operand, t, u.span());
    }

    private void temporal(Span span, String op, Context ctx) {
        if (!ctx.temporalAllowed) {
            diags.error(Code.TEMPORAL_IN_STATE_PREDICATE, span, "temporal operator " + op
                    + " is only allowed in a property", "invariants, guards and constraints are state predicates");
        }
    }

    Type notApplicable(Expr e, String message) {
        if (!(e.type() instanceof Type.Any)) {
            diags.error(Code.NOT_APPLICABLE, e.span(), message + ", but this has type " + e.type());
        }
        return Type.ANY;
    }

    /** The element type of a set-typed expression, reporting LS302 otherwise. */
    Type setElement(Expr e, String where) {
        return switch (e.type()) {
            case Type.SetOf s -> s.element();
            case Type.Any a -> Type.ANY;
            default -> {
                diags.error(Code.NOT_A_SET, e.span(), where + " needs a set, but this has type " + e.type());
                yield Type.ANY;
            }
        };
    }

    private Expr binary(Ast.Binary b, Context ctx) {
        if (b.op().isTemporal()) temporal(b.span(), b.op().symbol(), ctx);
        Expr l = check(b.left(), ctx);
        Expr r = check(b.right(), ctx);
        String sym = "'" + b.op().symbol() + "'";
        Type t = switch (b.op()) {
            case AND, OR, IMPLIES, EQUIV, LEADSTO -> {
                require(l, Type.BOOL, "the left side of " + sym);
                require(r, Type.BOOL, "the right side of " + sym);
                yield Type.BOOL;
            }
            case EQ, NEQ -> {
                if (Type.unify(l.type(), r.type()) == null) {
                    diags.error(Code.NOT_COMPARABLE, b.span(), "cannot compare " + l.type() + " with " + r.type());
                }
                yield Type.BOOL;
            }
            case LT, LE, GT, GE -> {
                require(l, Type.INT, "the left side of " + sym);
                require(r, Type.INT, "the right side of " + sym);
                yield Type.BOOL;
            }
            case IN, NOTIN -> {
                Type elem = setElement(r, "the right side of " + sym);
                if (Type.unify(l.type(), elem) == null) {
                    diags.error(Code.TYPE_MISMATCH, l.span(), "a " + l.type() + " can never be in a set of " + elem);
                }
                yield Type.BOOL;
            }
            case SUBSETEQ -> {
                Type le = setElement(l, "the left side of " + sym);
                Type re = setElement(r, "the right side of " + sym);
                sameType(le, re, b.span(), sym);
                yield Type.BOOL;
            }
            case CUP, CAP, SETMINUS -> {
                Type le = setElement(l, "the left side of " + sym);
                Type re = setElement(r, "the right side of " + sym);
                yield new Type.SetOf(sameType(le, re, b.span(), sym));
            }
            case PLUS, MINUS, TIMES, DIV, MOD -> {
                require(l, Type.INT, "the left side of " + sym);
                require(r, Type.INT, "the right side of " + sym);
                yield Type.INT;
            }
            case RANGE -> {
                require(l, Type.INT, "the lower bound of '..'");
                require(r, Type.INT, "the upper bound of '..'");
                yield new Type.SetOf(Type.INT);
            }
            case CONCAT -> {
                // Each side is taken as a sequence first: two tuple literals of different lengths (or of the
                // same length, whose concatenation is longer) still join into a sequence.
                Type ls = Type.unify(l.type(), new Type.SeqOf(Type.ANY));
                Type rs = Type.unify(r.type(), new Type.SeqOf(Type.ANY));
                Type seq = ls == null || rs == null ? null : Type.unify(ls, rs);
                if (seq == null) {
                    diags.error(Code.TYPE_MISMATCH, b.span(), "\\o joins two sequences of one type, not "
                            + l.type() + " and " + r.type());
                    yield Type.ANY;
                }
                yield seq;
            }
            case SINGLETON_MAP -> new Type.MapOf(l.type(), r.type());
            case FN_SET -> new Type.SetOf(new Type.MapOf(setElement(l, "the domain of a function set [S -> T]"),
                    setElement(r, "the range of a function set [S -> T]")));
            case MERGE_MAP -> {
                Type u = Type.unify(l.type(), r.type());
                Type map = u == null ? null : Type.unify(u, new Type.MapOf(Type.ANY, Type.ANY));
                if (map == null) {
                    diags.error(Code.TYPE_MISMATCH, b.span(), "@@ merges two functions of one type, not "
                            + l.type() + " and " + r.type());
                    yield Type.ANY;
                }
                yield map;
            }
        };
        return new Expr.Binary(b.op(), l, r, t, b.span());
    }

    private Type sameType(Type a, Type b, Span span, String op) {
        Type u = Type.unify(a, b);
        if (u == null) {
            diags.error(Code.TYPE_MISMATCH, span, op + " needs two sets of one type, not of " + a + " and " + b);
            return Type.ANY;
        }
        return u;
    }

    /** Declares the bound variables of {@code bounds} in a new scope (the caller pops it). */
    private void bind(List<Ast.Bound> bounds, Context ctx, List<Expr.Local> vars, List<Expr> domains) {
        List<Expr> checkedDomains = new ArrayList<>();
        java.util.Set<String> outerPending = java.util.Set.copyOf(ctx.pendingBound);
        for (Ast.Bound b : bounds) for (Ast.Ident name : b.names()) ctx.pendingBound.add(name.name());
        try {
            for (Ast.Bound b : bounds) checkedDomains.add(check(b.domain(), ctx));
        } finally {
            ctx.pendingBound.clear();
            ctx.pendingBound.addAll(outerPending);
        }
        ctx.push();
        for (int i = 0; i < bounds.size(); i++) {
            Expr domain = checkedDomains.get(i);
            Type elem = setElement(domain, "a bound variable's domain");
            for (Ast.Ident name : bounds.get(i).names()) {
                vars.add(ctx.declare(name.name(), elem, name.span()));
                domains.add(domain);
            }
        }
    }

    /** Bound variables, checked: each variable with its domain, and the body checked where they are in scope. */
    private record Binder(List<Expr.Local> vars, List<Expr> domains, Expr body) {}

    /** Binds {@code bounds} in a new scope, checks the body there with {@code body}, and leaves the scope. */
    private Binder binder(List<Ast.Bound> bounds, Context ctx, Function<Context, Expr> body) {
        List<Expr.Local> vars = new ArrayList<>();
        List<Expr> domains = new ArrayList<>();
        bind(bounds, ctx, vars, domains);
        Expr checkedBody = body.apply(ctx);
        ctx.pop();
        return new Binder(vars, domains, checkedBody);
    }

    private Expr quant(Ast.Quant q, Context ctx) {
        Binder b = binder(q.bounds(), ctx, c -> check(q.body(), c, Type.BOOL, "the body of a quantifier"));
        return new Expr.Quant(q.forall(), b.vars(), b.domains(), b.body(), q.span());
    }

    private Expr choose(Ast.Choose c, Context ctx) {
        Selection s = selection(c.var(), c.domain(), c.body(), "CHOOSE", ctx);
        return new Expr.Choose(s.var(), s.domain(), s.condition(), s.element(), c.span());
    }

    /** {@code x \in S : p}, checked: S, x bound to S's element type, and the condition p. */
    private record Selection(Expr domain, Expr.Local var, Expr condition, Type element) {}

    /** The {@code x \in S : p} of CHOOSE and of a set filter ({@code what} in the messages). */
    private Selection selection(Ast.Ident name, Ast.Expr domain, Ast.Expr condition, String what, Context ctx) {
        Expr checkedDomain = check(domain, ctx);
        Type elem = setElement(checkedDomain, what);
        ctx.push();
        Expr.Local var = ctx.declare(name.name(), elem, name.span());
        Expr checkedCondition = check(condition, ctx, Type.BOOL, "the condition of " + what);
        ctx.pop();
        return new Selection(checkedDomain, var, checkedCondition, elem);
    }

    private Expr setLit(Ast.SetLit s, Context ctx) {
        List<Expr> elements = new ArrayList<>();
        Type elem = Type.ANY;
        for (Ast.Expr e : s.elements()) {
            Expr x = check(e, ctx);
            Type u = Type.unify(elem, x.type());
            if (u == null) {
                diags.error(Code.TYPE_MISMATCH, x.span(), "set elements must share one type: this is " + x.type()
                        + ", the others are " + elem);
            } else {
                elem = u;
            }
            elements.add(x);
        }
        return new Expr.SetLit(elements, new Type.SetOf(elem), s.span());
    }

    private Expr setFilter(Ast.SetFilter f, Context ctx) {
        Selection s = selection(f.var(), f.domain(), f.predicate(), "a set filter", ctx);
        return new Expr.SetFilter(s.var(), s.domain(), s.condition(), new Type.SetOf(s.element()), f.span());
    }

    private Expr setMap(Ast.SetMap m, Context ctx) {
        Binder b = binder(m.bounds(), ctx, c -> check(m.body(), c));
        return new Expr.SetMap(b.body(), b.vars(), b.domains(), new Type.SetOf(b.body().type()), m.span());
    }

    private Expr fnCtor(Ast.FnCtor f, Context ctx) {
        Binder b = binder(f.bounds(), ctx, c -> check(f.body(), c));
        List<Expr.Local> vars = b.vars();
        Expr body = b.body();
        Type key = vars.size() == 1 ? vars.get(0).type()
                : new Type.Tuple(vars.stream().map(Expr.Local::type).toList());
        return new Expr.FnCtor(vars, b.domains(), body, new Type.MapOf(key, body.type()), f.span());
    }

    private Expr recordCtor(Ast.RecordCtor r, Context ctx) {
        List<Ast.FieldInit> sorted = new ArrayList<>(r.fields());
        sorted.sort(java.util.Comparator.comparing(fi -> fi.name().name()));
        List<String> names = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        List<Type.Field> fields = new ArrayList<>();
        for (Ast.FieldInit fi : sorted) {
            if (names.contains(fi.name().name())) {
                diags.error(Code.DUPLICATE_DECLARATION, fi.name().span(), "field '" + fi.name().name()
                        + "' is given twice");
                continue;
            }
            Expr v = check(fi.value(), ctx);
            names.add(fi.name().name().intern());
            values.add(v);
            fields.add(new Type.Field(fi.name().name(), v.type()));
        }
        return new Expr.RecordCtor(names, values, new Type.Record(fields), r.span());
    }

    private Expr tuple(Ast.TupleLit t, Context ctx) {
        List<Expr> elements = new ArrayList<>();
        for (Ast.Expr e : t.elements()) elements.add(check(e, ctx));
        Type type = elements.isEmpty() ? new Type.SeqOf(Type.ANY)
                : new Type.Tuple(elements.stream().map(Expr::type).toList());
        return new Expr.TupleLit(elements, type, t.span());
    }

    private Expr apply(Ast.Apply a, Context ctx) {
        if (a.function() instanceof Ast.Name n && symbols.roles.containsKey(n.name()) && ctx.lookup(n.name()) == null) {
            diags.error(Code.NOT_APPLICABLE, a.span(), "select a variable of the node: " + n.name() + "[n].var");
            return error(a.span());
        }
        Expr fn = check(a.function(), ctx);
        List<Expr> args = new ArrayList<>();
        for (Ast.Expr e : a.args()) args.add(check(e, ctx));
        Expr arg = args.size() == 1 ? args.get(0)
                : new Expr.TupleLit(args, new Type.Tuple(args.stream().map(Expr::type).toList()), a.span());
        Type result = elements.elementAt(fn.type(), arg, fn, "f[x] needs a function, sequence or tuple");
        return new Expr.Apply(fn, arg, result, a.span());
    }

    private Expr field(Ast.Field f, Context ctx) {
        if (f.target() instanceof Ast.Apply a && a.function() instanceof Ast.Name n
                && symbols.roles.containsKey(n.name()) && ctx.lookup(n.name()) == null) {
            return remoteVar(symbols.roles.get(n.name()), a, f, ctx);
        }
        if (ctx.exchangePeer != null && f.target() instanceof Ast.Name n && ctx.lookup(n.name()) == ctx.exchangePeer) {
            return peerVar(f, ctx);
        }
        Expr target = check(f.target(), ctx);
        if (ctx.kind == Context.Kind.ACTION && target.type() instanceof Type.Node && ctx.role.var(f.field().name()) != null) {
            diags.error(Code.REMOTE_READ_IN_ACTION, f.span(), "an action reads only its own node's variables, not "
                    + "another node's " + f.field().name(), "only an exchange action reads its peer's variables");
            return error(f.span());
        }
        String name = f.field().name();
        Type t = switch (target.type()) {
            case Type.Record r -> {
                Type ft = r.field(name);
                if (ft == null) {
                    diags.error(Code.UNKNOWN_FIELD, f.field().span(), "no field '" + name + "' in " + r);
                    yield Type.ANY;
                }
                yield ft;
            }
            case Type.Message m -> {
                Type ft = m.field(name);
                if (ft == null) {
                    diags.error(Code.UNKNOWN_FIELD, f.field().span(), "message " + m.name() + " has no field '"
                            + name + "'", "its fields are src, dst, type"
                            + m.fields().stream().map(x -> ", " + x.name()).reduce("", String::concat));
                    yield Type.ANY;
                }
                yield ft;
            }
            case Type.Any any -> Type.ANY;
            default -> notApplicable(target, "'." + name + "' needs a record or message");
        };
        return new Expr.FieldAccess(target, name.intern(), t, f.span());
    }

    /** {@code peer.x} in an exchange: variable {@code x} of the peer, a node of the exchanging role. */
    private Expr peerVar(Ast.Field f, Context ctx) {
        Symbols.VarSig v = ctx.role.var(f.field().name());
        if (v == null) {
            names.unknownVariable(ctx.role, f.field(), "an exchange reads its peer's variables of its own role");
            return error(f.span());
        }
        return new Expr.RemoteVar(ctx.role.name(), ctx.role.index(), ctx.exchangePeer, v.name(), v.index(), v.type(),
                f.span());
    }

    private Expr remoteVar(Symbols.RoleSig role, Ast.Apply a, Ast.Field f, Context ctx) {
        if (a.args().size() != 1) {
            diags.error(Code.WRONG_ARITY, a.span(), role.name() + "[n] takes one node");
            return error(f.span());
        }
        Expr node = check(a.args().get(0), ctx, Type.NODE, "the node in " + role.name() + "[n]");
        Symbols.VarSig v = role.var(f.field().name());
        if (v == null) {
            names.unknownVariable(role, f.field());
            return error(f.span());
        }
        boolean peerRead = ctx.kind == Context.Kind.ACTION && ctx.exchangePeer != null && role == ctx.role
                && node instanceof Expr.Local l && l.slot() == ctx.exchangePeer.slot();
        if (peerRead || lowerLayerRead(role, node, ctx)) {
            return new Expr.RemoteVar(role.name(), role.index(), node, v.name(), v.index(), v.type(), f.span());
        }
        switch (ctx.kind) {
            case ACTION, VAR_INIT -> diags.error(Code.REMOTE_READ_IN_ACTION, f.span(),
                    "an action reads only its own node's variables, not " + role.name() + "[..]." + v.name(),
                    role != ctx.role && ctx.role != null ? "to read a lower layer on the same node, declare  reads "
                            + role.name() + "  in role " + ctx.role.name() + " and read " + role.name() + "[self]."
                            + v.name() : "nodes learn about each other through messages (or, in an exchange, through"
                            + " its peer)");
            case ROLE_NODES, MODEL -> diags.error(Code.NOT_CONSTANT, f.span(),
                    "this must be a constant expression, but it reads variable " + v.name());
            case GLOBAL -> ctx.readsGlobalState = true;
        }
        return new Expr.RemoteVar(role.name(), role.index(), node, v.name(), v.index(), v.type(), f.span());
    }

    /**
     * A layered protocol's read-only import (MiCA, seed lines 2148-2156): an action of a role that declares
     * {@code reads L} reads {@code L[self].x}, and in an exchange {@code L[peer].x}, the lower layer on the same node.
     */
    private boolean lowerLayerRead(Symbols.RoleSig layer, Expr node, Context ctx) {
        if (ctx.kind != Context.Kind.ACTION || ctx.role == null || layer == ctx.role) return false;
        if (!symbols.layersRead.getOrDefault(ctx.role.name(), java.util.Set.of()).contains(layer.name())) return false;
        return node instanceof Expr.Self || (ctx.exchangePeer != null && node instanceof Expr.Local l
                && l.slot() == ctx.exchangePeer.slot());
    }

    private Expr except(Ast.Except x, Context ctx) {
        Expr base = check(x.base(), ctx);
        List<Expr.Update> updates = new ArrayList<>();
        for (Ast.Update u : x.updates()) {
            Type at = base.type();
            List<Expr.PathStep> path = new ArrayList<>();
            for (Ast.PathStep step : u.path()) {
                if (step.field() != null) {
                    String name = step.field().name();
                    Type ft = switch (at) {
                        case Type.Record r -> r.field(name);
                        case Type.Message m -> m.field(name);
                        case Type.Any any -> Type.ANY;
                        default -> null;
                    };
                    if (ft == null) {
                        diags.error(Code.UNKNOWN_FIELD, step.field().span(), "no field '" + name + "' in " + at);
                        ft = Type.ANY;
                    }
                    path.add(new Expr.FieldStep(name.intern()));
                    at = ft;
                } else {
                    Expr index = check(step.index(), ctx);
                    at = elements.elementAt(at, index, base, "EXCEPT ![..] needs a function or sequence");
                    path.add(new Expr.IndexStep(index));
                }
            }
            Expr.Local atSlot = ctx.anonymous(at, x.span());
            ctx.pushAt(atSlot);
            Expr value = check(u.value(), ctx);
            ctx.popAt();
            require(value, at, "the new value in EXCEPT");
            updates.add(new Expr.Update(path, value, atSlot.slot()));
        }
        return new Expr.Except(base, updates, base.type(), x.span());
    }

    private Expr at(Ast.AtExpr a, Context ctx) {
        Expr.Local at = ctx.currentAt();
        if (at == null) {
            diags.error(Code.UNKNOWN_NAME, a.span(), "'@' is only defined in the new value of an EXCEPT clause");
            return error(a.span());
        }
        return new Expr.Local("@", at.slot(), at.type(), a.span());
    }

    private Expr ifExpr(Ast.If i, Context ctx) {
        Expr c = check(i.cond(), ctx, Type.BOOL, "the condition of IF");
        Expr t = check(i.then(), ctx);
        Expr e = check(i.otherwise(), ctx);
        Type u = Type.unify(t.type(), e.type());
        if (u == null) {
            diags.error(Code.TYPE_MISMATCH, i.span(), "THEN and ELSE must have one type, not " + t.type() + " and "
                    + e.type());
            u = Type.ANY;
        }
        return new Expr.If(c, t, e, u, i.span());
    }

    private Expr caseExpr(Ast.Case c, Context ctx) {
        List<Expr> guards = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        Type t = Type.ANY;
        for (Ast.CaseArm arm : c.arms()) {
            guards.add(check(arm.guard(), ctx, Type.BOOL, "a CASE condition"));
            Expr v = check(arm.value(), ctx);
            t = unifyArm(t, v);
            values.add(v);
        }
        Expr other = null;
        if (c.other() != null) {
            other = check(c.other(), ctx);
            t = unifyArm(t, other);
        }
        return new Expr.Case(guards, values, other, t, c.span());
    }

    private Type unifyArm(Type t, Expr v) {
        Type u = Type.unify(t, v.type());
        if (u == null) {
            diags.error(Code.TYPE_MISMATCH, v.span(), "CASE arms must have one type: this is " + v.type()
                    + ", the others are " + t);
            return t;
        }
        return u;
    }

    private Expr let(Ast.Let l, Context ctx) {
        ctx.push();
        List<Expr.Local> vars = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (Ast.LetDef d : l.defs()) {
            Expr v = check(d.value(), ctx);
            vars.add(ctx.declare(d.name().name(), v.type(), d.name().span()));
            values.add(v);
        }
        Expr body = check(l.body(), ctx);
        ctx.pop();
        return new Expr.Let(vars, values, body, body.type(), l.span());
    }

    private Expr call(Ast.Call c, Context ctx) {
        String name = c.name().name();
        if (name.equals("Msgs")) return networkReads.msgs(c, ctx);
        if (OptionForms.CALLS.contains(name) && !symbols.declared.containsKey(name)) {
            if (c.args().size() != 1) {
                diags.error(Code.WRONG_ARITY, c.span(), name + " takes one argument, not " + c.args().size());
                return error(c.span());
            }
            return check(OptionForms.call(c), ctx);
        }
        NetworkQuery query = NetworkQuery.byName(name);
        if (query != null) return networkReads.check(query, c, ctx);
        Builtin builtin = Builtin.byName(name);
        if (builtin != null) return builtin(builtin, c, ctx);
        Symbols.DefSig def = symbols.defs.get(name);
        if (def == null) def = symbols.invariantAsDef(name);
        if (def == null) {
            String kind = symbols.nonValueKind(name);
            if (kind != null) names.notAValue(name, kind, c.name().span(), false);
            else names.unknown(name, c.name().span());
            for (Ast.Expr a : c.args()) check(a, ctx);
            return error(c.span());
        }
        return defCall(def, c.args(), c.span(), ctx);
    }

    private Expr builtin(Builtin fn, Ast.Call c, Context ctx) {
        List<Expr> args = new ArrayList<>();
        for (Ast.Expr a : c.args()) args.add(check(a, ctx));
        if (args.size() != fn.arity()) {
            diags.error(Code.WRONG_ARITY, c.span(), fn.spelling() + " takes " + fn.arity() + " argument"
                    + (fn.arity() == 1 ? "" : "s") + ", not " + args.size());
            return error(c.span());
        }
        Type t = switch (fn) {
            case CARDINALITY -> {
                setElement(args.get(0), "Cardinality");
                yield Type.INT;
            }
            case MIN, MAX -> {
                Type elem = setElement(args.get(0), fn.spelling());
                if (Type.unify(elem, Type.INT) == null) {
                    diags.error(Code.TYPE_MISMATCH, args.get(0).span(), fn.spelling() + " needs a set of int");
                }
                yield Type.INT;
            }
            case LEN -> {
                elements.seqElement(args.get(0), "Len");
                yield Type.INT;
            }
            case HEAD -> elements.seqElement(args.get(0), "Head");
            case TAIL -> new Type.SeqOf(elements.seqElement(args.get(0), "Tail"));
            case APPEND -> {
                Type elem = elements.seqElement(args.get(0), "Append");
                Type u = Type.unify(elem, args.get(1).type());
                if (u == null) {
                    diags.error(Code.TYPE_MISMATCH, args.get(1).span(), "Append to a seq<" + elem + "> needs a "
                            + elem + ", not " + args.get(1).type());
                    u = elem;
                }
                yield new Type.SeqOf(u);
            }
            case SUBSEQ -> {
                Type elem = elements.seqElement(args.get(0), "SubSeq");
                require(args.get(1), Type.INT, "SubSeq's start");
                require(args.get(2), Type.INT, "SubSeq's end");
                yield new Type.SeqOf(elem);
            }
        };
        return new Expr.BuiltinCall(fn, args, t, c.span());
    }

    private Expr defCall(Symbols.DefSig def, List<Ast.Expr> argExprs, Span span, Context ctx) {
        var checked = defs.resolve(def, span);
        List<Expr> args = new ArrayList<>();
        for (Ast.Expr a : argExprs) args.add(check(a, ctx));
        String name = def.decl.name().name();
        if (args.size() != def.paramTypes.size()) {
            diags.error(Code.WRONG_ARITY, span, name + " takes " + def.paramTypes.size() + " argument"
                    + (def.paramTypes.size() == 1 ? "" : "s") + ", not " + args.size());
            return error(span);
        }
        for (int i = 0; i < args.size(); i++) {
            require(args.get(i), def.paramTypes.get(i), "argument " + (i + 1) + " of " + name);
        }
        if (checked == null || !depth.call(def.depth, span)) return error(span);
        ctx.maxConstRead = Math.max(ctx.maxConstRead, def.maxConstRead);
        if (checked.readsGlobalState()) {
            switch (ctx.kind) {
                case ACTION, VAR_INIT -> diags.error(Code.REMOTE_READ_IN_ACTION, span, "definition " + name
                        + " reads other nodes or the network, so an action cannot use it");
                case ROLE_NODES, MODEL -> diags.error(Code.NOT_CONSTANT, span, "definition " + name
                        + " reads the state, so it cannot appear in a constant expression");
                case GLOBAL -> ctx.readsGlobalState = true;
            }
        }
        return new Expr.DefCall(name, def.index, args, checked.body().type(), span);
    }
}
