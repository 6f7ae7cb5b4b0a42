package dev.lockstep.invariants.lower;

import dev.lockstep.invariants.smt.Smt;
import dev.lockstep.invariants.smt.Sort;
import dev.lockstep.invariants.smt.Term;
import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.ir.UnaryOp;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Lowers checked expressions to terms under one model's bounds. A sub-expression that reads no state and no
 * symbolic local is evaluated by the reference {@link Evaluator} and becomes a literal, so constants, maps of
 * constants, ranges and everything else the evaluator knows are exact for free; only what depends on the state
 * is encoded. Quantifiers over finite sets expand into conjunctions and disjunctions; over infinite types they
 * stay quantifiers. Anything else throws {@link Unsupported}: never a guessed encoding.
 *
 * <p>Evaluation faults (a function applied outside its domain, CHOOSE without witness, overflow) are not
 * modelled: where the evaluator would fault the encoding picks some value. The explorer reports such faults.
 */
public final class ExprLowering {
    private final ModelInstance model;
    private final CheckedSpec spec;
    private final SpecSorts sorts;
    private final Evaluator evaluator;
    private int fresh;

    public ExprLowering(ModelInstance model, SpecSorts sorts) {
        this.model = model;
        this.spec = model.spec();
        this.sorts = sorts;
        this.evaluator = new Evaluator(model);
    }

    public SpecSorts sorts() { return sorts; }

    public ModelInstance model() { return model; }

    // ---- static evaluation ----------------------------------------------------------------------

    /** The value of {@code e} when it depends on no state and no symbolic local, else null. */
    Value staticValue(Expr e, Scope s) {
        if (!isStatic(e, s)) return null;
        Env env = new Env(new Value[0], s.frame.length);
        env.self = s.self;
        for (int i = 0; i < s.frame.length; i++) {
            if (s.frame[i] instanceof Scope.Binding.Concrete c) env.frame[i] = c.value();
        }
        return evaluator.eval(e, env);
    }

    /**
     * True when the evaluator can compute {@code e} here: it reads no state (directly or through a definition), no
     * {@code Nat}/{@code Int} (never enumerated), {@code self} only when the node is known, and only locals bound
     * inside it or to concrete values in {@code s}.
     */
    private boolean isStatic(Expr e, Scope s) {
        boolean dynamic = Exprs.anyMatch(e, x -> Exprs.readsStateHere(x, spec) || x instanceof Expr.InfiniteSet
                || x instanceof Expr.Self && s.self == null);
        if (dynamic) return false;
        for (int slot : Exprs.freeSlots(e)) {
            if (slot >= s.frame.length || !(s.frame[slot] instanceof Scope.Binding.Concrete)) return false;
        }
        return true;
    }

    // ---- terms ----------------------------------------------------------------------------------

    /** The scope a primed read's operand is lowered in: the step's post-state (transition properties only). */
    private static Scope primed(Expr.Primed p, Scope s) {
        Scope next = s.primed();
        if (next == null) throw new Unsupported(p.span(), "a primed read outside a transition property");
        return next;
    }

    public Term lower(Expr e, Scope s) { return lower(e, e.type(), s); }

    /**
     * Lowers {@code e} where a value of type {@code expected} is wanted; the expected type fills in what the
     * expression leaves open ({@code {}} has no element type of its own).
     */
    public Term lower(Expr e, Type expected, Scope s) {
        if (e.type() instanceof Type.SetOf st) {
            Type elem = Type.isIncomplete(st) && expected instanceof Type.SetOf x ? x.element() : st.element();
            return materialize(lowerSet(e, s), elem, e);
        }
        Value v = staticValue(e, s);
        if (v != null) return sorts.valueTerm(v, e.type(), e.span());
        return switch (e) {
            case Expr.Local l -> ((Scope.Binding.Symbolic) s.frame[l.slot()]).term();
            case Expr.VarRef v2 -> s.state.var(s.role, s.nodeIdx, v2.varIndex());
            case Expr.RemoteVar r -> remoteVar(r, s);
            case Expr.Unary u -> switch (u.op()) {
                case NOT -> Smt.not(lower(u.operand(), s));
                case NEG -> Smt.neg(lower(u.operand(), s));
                default -> throw new Unsupported(u.span(), "'" + u.op().symbol() + "' over the state");
            };
            case Expr.Binary b -> binary(b, s);
            case Expr.Quant q -> quant(q, 0, s);
            case Expr.Choose c -> choose(c, s);
            case Expr.RecordCtor r -> {
                Sort.Datatype d = (Sort.Datatype) sorts.sortOf(r.type(), r.span());
                List<Term> args = new ArrayList<>();
                for (Expr x : r.values()) args.add(lower(x, s));
                yield new Term.CtorApp(d, 0, args);
            }
            case Expr.TupleLit t -> {
                if (!(t.type() instanceof Type.Tuple)) throw new Unsupported(t.span(), "a sequence");
                Sort.Datatype d = (Sort.Datatype) sorts.sortOf(t.type(), t.span());
                List<Term> args = new ArrayList<>();
                for (Expr x : t.elements()) args.add(lower(x, s));
                yield new Term.CtorApp(d, 0, args);
            }
            case Expr.Apply a -> apply(a, s);
            case Expr.FieldAccess f -> field(f, s);
            case Expr.Except x -> except(x, s);
            case Expr.If i -> Smt.ite(lower(i.cond(), s), lower(i.then(), expected, s), lower(i.otherwise(), expected, s));
            case Expr.Case c -> caseTerm(c, expected, s);
            case Expr.Let l -> lower(l.body(), letScope(l, s));
            case Expr.BuiltinCall b -> builtin(b, s);
            case Expr.DefCall d -> viaDefinition(d, s, defTerms, this::lower);
            case Expr.FnCtor f -> throw new Unsupported(f.span(), "a function constructor over the state");
            case Expr.InfiniteSet i -> throw new Unsupported(i.span(), i.name() + " outside \\in");
            case Expr.Primed p -> lower(p.operand(), expected, primed(p, s));
            case Expr.Lit l -> throw new IllegalStateException("literals are static");
            case Expr.ConstRef c -> throw new IllegalStateException("constants are static");
            case Expr.Self x -> throw new IllegalStateException("self is static in a role");
            case Expr.NetworkView n -> throw new IllegalStateException("Msgs is a set");
            case Expr.NetworkRead n -> networkRead(n, s);
            case Expr.SetLit x -> throw new IllegalStateException("sets go through lowerSet");
            case Expr.SetFilter x -> throw new IllegalStateException("sets go through lowerSet");
            case Expr.SetMap x -> throw new IllegalStateException("sets go through lowerSet");
        };
    }

    /** Binds a local to its value: concrete when static, else a term. */
    private void bindLocal(Scope s, int slot, Expr value) { bind(s, slot, value, s); }

    /** Binds {@code slot} of {@code into} to {@code value} as in {@code from}: concrete when static, else a term. */
    private void bind(Scope into, int slot, Expr value, Scope from) {
        Value v = staticValue(value, from);
        if (v != null) into.concrete(slot, v);
        else if (value.type() instanceof Type.SetOf) {
            into.bind(slot, new Scope.Binding.SymbolicSet(lowerSet(value, from)));
        } else into.symbolic(slot, lower(value, from));
    }

    /** The scope of a LET's body: its locals bound one after the other, each seeing the ones before. */
    private Scope letScope(Expr.Let l, Scope s) {
        Scope inner = s.copy();
        for (int i = 0; i < l.vars().size(); i++) bindLocal(inner, l.vars().get(i).slot(), l.values().get(i));
        return inner;
    }

    /**
     * A definition called with constant arguments lowers to the same term every time in one state, so it is
     * lowered once (quantified invariants call helpers such as VotedFor(a, b, v) thousands of times).
     */
    private Object defKey(Expr.DefCall d, Scope s) {
        List<Object> key = new ArrayList<>();
        key.add(d.defIndex());
        key.add(System.identityHashCode(s.state));
        key.add(s.state);
        key.add(s.self);
        for (Expr a : d.args()) {
            Value v = staticValue(a, s);
            if (v == null) return null;
            key.add(v);
        }
        return key;
    }

    private final Map<Object, Term> defTerms = new HashMap<>();
    private final Map<Object, SetSym> defSets = new HashMap<>();

    private Scope defScope(Expr.DefCall d, Scope s) {
        CheckedSpec.Def def = spec.defs().get(d.defIndex());
        Scope inner = s.inner(def.frameSize());
        for (int i = 0; i < d.args().size(); i++) bind(inner, def.params().get(i).slot(), d.args().get(i), s);
        return inner;
    }

    /** A definition's call lowered by {@code lowerBody}, once per {@link #defKey} in {@code cache}. */
    private <T> T viaDefinition(Expr.DefCall d, Scope s, Map<Object, T> cache, BiFunction<Expr, Scope, T> lowerBody) {
        Object key = defKey(d, s);
        T cached = key == null ? null : cache.get(key);
        if (cached != null) return cached;
        T lowered = lowerBody.apply(spec.defs().get(d.defIndex()).body(), defScope(d, s));
        if (key != null) cache.put(key, lowered);
        return lowered;
    }

    private Term remoteVar(Expr.RemoteVar r, Scope s) {
        NodeV[] nodes = model.nodes(r.roleIndex());
        Value node = staticValue(r.node(), s);
        if (node != null) {
            int idx = model.nodeIndex(r.roleIndex(), node);
            // Outside the role the evaluator faults; a guard usually rules this case out (m.rm \in RM /\ ...),
            // and like every fault it is not modelled: the read gives the last node's value.
            if (idx < 0) idx = nodes.length - 1;
            if (idx < 0) throw new Unsupported(r.span(), "reading a variable of role " + r.role() + " with no nodes");
            return s.state.var(r.roleIndex(), idx, r.varIndex());
        }
        if (nodes.length == 0) throw new Unsupported(r.span(), "reading a variable of role " + r.role() + " with no nodes");
        Term n = lower(r.node(), s);
        Term acc = s.state.var(r.roleIndex(), nodes.length - 1, r.varIndex());
        for (int i = nodes.length - 2; i >= 0; i--) {
            acc = Smt.ite(Smt.eq(n, sorts.node(nodes[i])), s.state.var(r.roleIndex(), i, r.varIndex()), acc);
        }
        return acc;
    }

    private Term binary(Expr.Binary b, Scope s) {
        return switch (b.op()) {
            case AND -> Smt.and(lower(b.left(), s), lower(b.right(), s));
            case OR -> Smt.or(lower(b.left(), s), lower(b.right(), s));
            case IMPLIES -> Smt.implies(lower(b.left(), s), lower(b.right(), s));
            case EQUIV -> Smt.iff(lower(b.left(), s), lower(b.right(), s));
            case EQ -> equal(b.left(), b.right(), s);
            case NEQ -> Smt.not(equal(b.left(), b.right(), s));
            case LT -> Smt.lt(lower(b.left(), s), lower(b.right(), s));
            case LE -> Smt.le(lower(b.left(), s), lower(b.right(), s));
            case GT -> Smt.lt(lower(b.right(), s), lower(b.left(), s));
            case GE -> Smt.le(lower(b.right(), s), lower(b.left(), s));
            case IN -> member(b.left(), b.right(), s);
            case NOTIN -> Smt.not(member(b.left(), b.right(), s));
            case SUBSETEQ -> subset(lowerSet(b.left(), s), lowerSet(b.right(), s));
            case PLUS -> Smt.add(lower(b.left(), s), lower(b.right(), s));
            case MINUS -> Smt.sub(lower(b.left(), s), lower(b.right(), s));
            case TIMES -> Smt.mul(lower(b.left(), s), lower(b.right(), s));
            case DIV -> Smt.floorDiv(lower(b.left(), s), lower(b.right(), s));
            case MOD -> Smt.floorMod(lower(b.left(), s), lower(b.right(), s));
            case LEADSTO, CUP, CAP, SETMINUS, RANGE, CONCAT, SINGLETON_MAP, MERGE_MAP, FN_SET -> throw overTheState(b);
        };
    }

    /** A binary operator the encoding does not take over the state, named as the spec writes it. */
    private static Unsupported overTheState(Expr.Binary b) {
        String what = b.op() == BinaryOp.FN_SET ? "a function set [S -> T]" : "'" + b.op().symbol() + "'";
        return new Unsupported(b.span(), what + " over the state");
    }

    /**
     * {@code Copies(m)}: a bag network is an array from message to its copies, a set network one from message to
     * membership. {@code Channel} and {@code ChannelLen} read a fifo network, which the prover does not encode.
     */
    private Term networkRead(Expr.NetworkRead n, Scope s) {
        if (n.query() != dev.lockstep.lang.ir.NetworkQuery.COPIES) {
            throw new Unsupported(n.span(), n.query().spelling() + " (a fifo channel)");
        }
        Term net = s.state.network();
        Term m = lower(n.args().get(0), s);
        return spec.network().kind() == CheckedSpec.NetworkKind.BAG ? Smt.select(net, m)
                : Smt.ite(Smt.select(net, m), Smt.integer(1), Smt.integer(0));
    }

    private Term member(Expr elem, Expr set, Scope s) {
        if (set instanceof Expr.InfiniteSet inf) {
            return inf.name().equals("Nat") ? Smt.le(Smt.integer(0), lower(elem, s)) : Smt.TRUE;
        }
        return lowerSet(set, s).member().apply(lower(elem, s));
    }

    private Term equal(Expr a, Expr b, Scope s) {
        if (a.type() instanceof Type.SetOf || b.type() instanceof Type.SetOf) {
            return setEqual(lowerSet(a, s), lowerSet(b, s));
        }
        return Smt.eq(lower(a, s), lower(b, s));
    }

    Term setEqual(SetSym a, SetSym b) {
        if (a.finite() && b.finite()) {
            LinkedHashSet<Value> all = new LinkedHashSet<>(a.candidates());
            all.addAll(b.candidates());
            List<Term> parts = new ArrayList<>();
            for (Value v : all) {
                Term t = sorts.valueTerm(v, a.element() instanceof Type.Any ? b.element() : a.element(), null);
                parts.add(Smt.iff(a.member().apply(t), b.member().apply(t)));
            }
            return Smt.and(parts);
        }
        Type elem = Type.isIncomplete(a.element()) ? b.element() : a.element();
        return Smt.eq(materialize(a, elem, null), materialize(b, elem, null));
    }

    private Term subset(SetSym a, SetSym b) {
        if (a.finite()) {
            List<Term> parts = new ArrayList<>();
            for (Value v : a.candidates()) {
                Term t = sorts.valueTerm(v, a.element(), null);
                parts.add(Smt.implies(a.member().apply(t), b.member().apply(t)));
            }
            return Smt.and(parts);
        }
        Term.Bound x = bound(a.element(), null);
        return Smt.forall(List.of(x), Smt.implies(a.member().apply(x), b.member().apply(x)));
    }

    private Term.Bound bound(Type t, dev.lockstep.lang.source.Span span) {
        return new Term.Bound("x" + (fresh++), sorts.sortOf(t, span));
    }

    /** {@code \A x \in S, ...}: expanded over concrete or candidate elements, else a real quantifier. */
    private Term quant(Expr.Quant q, int i, Scope s) {
        if (i == q.vars().size()) return lower(q.body(), s);
        Expr.Local var = q.vars().get(i);
        SetSym dom = lowerSet(q.domains().get(i), s);
        if (dom.finite()) {
            List<Term> parts = new ArrayList<>();
            for (Value v : dom.candidates()) {
                Term guard = dom.member().apply(sorts.valueTerm(v, var.type(), var.span()));
                if (guard.equals(Smt.FALSE)) continue;
                Term body = quant(q, i + 1, s.copy().concrete(var.slot(), v));
                parts.add(q.forall() ? Smt.implies(guard, body) : Smt.and(guard, body));
            }
            return q.forall() ? Smt.and(parts) : Smt.or(parts);
        }
        Term.Bound x = bound(var.type(), var.span());
        Term guard = dom.member().apply(x);
        Term body = quant(q, i + 1, s.copy().symbolic(var.slot(), x));
        return q.forall() ? Smt.forall(List.of(x), Smt.implies(guard, body))
                : Smt.exists(List.of(x), Smt.and(guard, body));
    }

    /** CHOOSE picks the least witness in canonical order: an if-then-else chain over the sorted candidates. */
    private Term choose(Expr.Choose c, Scope s) {
        SetSym dom = lowerSet(c.domain(), s);
        if (!dom.finite()) throw new Unsupported(c.span(), "CHOOSE over a set of an infinite type");
        List<Value> sorted = new ArrayList<>(dom.candidates());
        sorted.sort(null);
        if (sorted.isEmpty()) throw new Unsupported(c.span(), "CHOOSE over a set that is always empty");
        Term acc = sorts.valueTerm(sorted.getLast(), c.type(), c.span());
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Value v = sorted.get(i);
            Term vt = sorts.valueTerm(v, c.type(), c.span());
            Term holds = Smt.and(dom.member().apply(vt), lower(c.body(), s.copy().concrete(c.var().slot(), v)));
            acc = Smt.ite(holds, vt, acc);
        }
        return acc;
    }

    private Term apply(Expr.Apply a, Scope s) {
        Value f = staticValue(a.function(), s);
        if (f instanceof FnV fn) {
            if (fn.size() == 0) throw new Unsupported(a.span(), "applying the empty function");
            Type.MapOf mt = (Type.MapOf) a.function().type();
            Term key = lower(a.arg(), s);
            Term acc = sorts.valueTerm(fn.value(fn.size() - 1), mt.value(), a.span());
            for (int i = fn.size() - 2; i >= 0; i--) {
                acc = Smt.ite(Smt.eq(key, sorts.valueTerm(fn.key(i), mt.key(), a.span())),
                        sorts.valueTerm(fn.value(i), mt.value(), a.span()), acc);
            }
            return acc;
        }
        if (a.function().type() instanceof Type.MapOf mt) {
            Sort.Datatype d = (Sort.Datatype) sorts.sortOf(mt, a.span());
            return Smt.select(Smt.field(d, 0, "val", lower(a.function(), s)), lower(a.arg(), mt.key(), s));
        }
        if (a.function().type() instanceof Type.Tuple && staticValue(a.arg(), s) instanceof IntV idx) {
            Sort.Datatype d = (Sort.Datatype) sorts.sortOf(a.function().type(), a.span());
            return Smt.field(d, 0, "_" + idx.value(), lower(a.function(), s));
        }
        throw new Unsupported(a.span(), "applying a " + a.function().type() + " that depends on the state");
    }

    /** A key outside the domain leaves the map as it is (TLA+'s EXCEPT); the domain never changes. */
    private Term exceptMap(Expr.Except x, Type.MapOf mt, Scope s) {
        Sort.Datatype d = (Sort.Datatype) sorts.sortOf(mt, x.span());
        Term acc = lower(x.base(), mt, s);
        for (Expr.Update u : x.updates()) {
            if (u.path().size() != 1 || !(u.path().getFirst() instanceof Expr.IndexStep is)) {
                throw new Unsupported(x.span(), "EXCEPT with a nested path on a map over the state");
            }
            Term dom = Smt.field(d, 0, "dom", acc);
            Term val = Smt.field(d, 0, "val", acc);
            Term key = lower(is.index(), mt.key(), s);
            Term old = Smt.select(val, key);
            Term now = lower(u.value(), mt.value(), s.copy().symbolic(u.atSlot(), old));
            acc = new Term.CtorApp(d, 0, List.of(dom, Smt.store(val, key, Smt.ite(Smt.select(dom, key), now, old))));
        }
        return acc;
    }

    private Term field(Expr.FieldAccess f, Scope s) {
        Type t = f.target().type();
        if (t instanceof Type.Message m) {
            if (f.field().equals("type")) return new Term.StrLit(m.name());
            Sort.Datatype msg = sorts.msgSort(f.span());
            return Smt.field(msg, msg.ctorIndex(m.name()), f.field(), lower(f.target(), s));
        }
        if (t instanceof Type.Record) {
            Sort.Datatype d = (Sort.Datatype) sorts.sortOf(t, f.span());
            return Smt.field(d, 0, f.field(), lower(f.target(), s));
        }
        throw new Unsupported(f.span(), "field access on " + t);
    }

    /** Record updates {@code [r EXCEPT !.f = e, ...]} and map updates {@code [f EXCEPT ![k] = e, ...]}. */
    private Term except(Expr.Except x, Scope s) {
        if (x.type() instanceof Type.MapOf mt) return exceptMap(x, mt, s);
        if (!(x.type() instanceof Type.Record rt)) throw new Unsupported(x.span(), "EXCEPT on a " + x.type() + " over the state");
        Sort.Datatype d = (Sort.Datatype) sorts.sortOf(rt, x.span());
        Term acc = lower(x.base(), s);
        for (Expr.Update u : x.updates()) {
            if (u.path().size() != 1 || !(u.path().getFirst() instanceof Expr.FieldStep fs)) {
                throw new Unsupported(x.span(), "EXCEPT with a nested or indexed path over the state");
            }
            List<Term> args = new ArrayList<>();
            for (Type.Field fld : rt.fields()) {
                Term old = Smt.field(d, 0, fld.name(), acc);
                args.add(fld.name().equals(fs.field()) ? lower(u.value(), s.copy().symbolic(u.atSlot(), old)) : old);
            }
            acc = new Term.CtorApp(d, 0, args);
        }
        return acc;
    }

    private Term builtin(Expr.BuiltinCall b, Scope s) {
        switch (b.fn()) {
            case CARDINALITY -> {
                SetSym set = lowerSet(b.args().get(0), s);
                if (!set.finite()) throw new Unsupported(b.span(), "Cardinality of a set of an infinite type");
                List<Term> parts = new ArrayList<>();
                for (Value v : set.candidates()) {
                    parts.add(Smt.ite(set.member().apply(sorts.valueTerm(v, set.element(), b.span())),
                            Smt.integer(1), Smt.integer(0)));
                }
                return Smt.sum(parts);
            }
            case MIN, MAX -> {
                boolean max = b.fn() == dev.lockstep.lang.ir.Builtin.MAX;
                Expr arg = b.args().get(0);
                List<Term> elements = null;
                if (arg instanceof Expr.SetLit lit) {
                    elements = new ArrayList<>();
                    for (Expr x : lit.elements()) elements.add(lower(x, s));
                } else if (arg instanceof Expr.SetMap m && m.vars().size() == 1
                        && staticValue(m.domains().getFirst(), s) instanceof SetV domain) {
                    // {e : x \in S} over a constant S: the least (greatest) of the e's.
                    elements = new ArrayList<>();
                    for (Value x : domain.elements()) {
                        elements.add(lower(m.body(), s.copy().concrete(m.vars().getFirst().slot(), x)));
                    }
                }
                if (elements != null) {
                    Term acc = null;
                    for (Term t : elements) acc = acc == null ? t : Smt.ite(max ? Smt.lt(acc, t) : Smt.lt(t, acc), t, acc);
                    if (acc == null) throw new Unsupported(b.span(), b.fn().spelling() + " of {}");
                    return acc;
                }
                SetSym set = lowerSet(arg, s);
                if (!set.finite()) throw new Unsupported(b.span(), b.fn().spelling() + " of a set of an infinite type");
                List<Value> sorted = new ArrayList<>(set.candidates());
                sorted.sort(null);
                if (max) java.util.Collections.reverse(sorted);
                if (sorted.isEmpty()) throw new Unsupported(b.span(), b.fn().spelling() + " of a set that is always empty");
                Term acc = sorts.valueTerm(sorted.getLast(), Type.INT, b.span());
                for (int i = sorted.size() - 1; i >= 0; i--) {
                    Term v = sorts.valueTerm(sorted.get(i), Type.INT, b.span());
                    acc = Smt.ite(set.member().apply(v), v, acc);
                }
                return acc;
            }
            default -> throw new Unsupported(b.span(), b.fn().spelling() + " (sequences)");
        }
    }

    // ---- sets -----------------------------------------------------------------------------------

    SetSym lowerSet(Expr e, Scope s) {
        Type elem = ((Type.SetOf) e.type()).element();
        Value v = staticValue(e, s);
        if (v != null) {
            SetV set = (SetV) v;
            List<Term> terms = new ArrayList<>();
            for (Value x : set.elements()) terms.add(sorts.valueTerm(x, elem, e.span()));
            return new SetSym(elem, t -> Smt.or(terms.stream().map(x -> Smt.eq(t, x)).toList()), set.elements(), null);
        }
        if (e instanceof Expr.Local l && s.frame[l.slot()] instanceof Scope.Binding.SymbolicSet b) return b.set();
        return switch (e) {
            case Expr.NetworkView n -> {
                Sort.Datatype msg = sorts.msgSort(n.span());
                int ctor = msg.ctorIndex(n.messageType());
                Term net = s.state.network();
                boolean bag = spec.network().kind() == CheckedSpec.NetworkKind.BAG;
                yield new SetSym(elem, m -> Smt.and(Smt.isCtor(msg, ctor, m),
                        bag ? Smt.lt(Smt.integer(0), Smt.select(net, m)) : Smt.select(net, m)),
                        sorts.universe(elem), null);
            }
            case Expr.SetLit l -> {
                List<Term> terms = new ArrayList<>();
                for (Expr x : l.elements()) terms.add(lower(x, s));
                Term arr = Smt.constArray(sorts.sortOf(elem, l.span()), Smt.FALSE);
                for (Term t : terms) arr = Smt.store(arr, t, Smt.TRUE);
                yield new SetSym(elem, t -> Smt.or(terms.stream().map(x -> Smt.eq(t, x)).toList()),
                        universeOfComputed(elem), arr);
            }
            case Expr.SetFilter f -> {
                SetSym dom = lowerSet(f.domain(), s);
                Scope snap = s.copy();
                yield new SetSym(elem, t -> Smt.and(dom.member().apply(t),
                        lower(f.predicate(), bindTerm(snap.copy(), f.var().slot(), t))), dom.candidates(), null);
            }
            case Expr.SetMap m -> setMap(m, s);
            case Expr.Binary b when b.op() == BinaryOp.CUP || b.op() == BinaryOp.CAP || b.op() == BinaryOp.SETMINUS -> {
                SetSym l = lowerSet(b.left(), s);
                SetSym r = lowerSet(b.right(), s);
                yield switch (b.op()) {
                    case CUP -> new SetSym(elem, t -> Smt.or(l.member().apply(t), r.member().apply(t)),
                            l.finite() && r.finite() ? union(l.candidates(), r.candidates()) : null,
                            storeLiteral(b.left(), l, b.right(), s, Smt.TRUE, elem));
                    case CAP -> new SetSym(elem, t -> Smt.and(l.member().apply(t), r.member().apply(t)),
                            l.finite() ? l.candidates() : r.candidates(), null);
                    default -> new SetSym(elem, t -> Smt.and(l.member().apply(t), Smt.not(r.member().apply(t))),
                            l.candidates(), storeLiteral(b.left(), l, b.right(), s, Smt.FALSE, elem));
                };
            }
            case Expr.Let l -> lowerSet(l.body(), letScope(l, s));
            case Expr.DefCall d -> viaDefinition(d, s, defSets, this::lowerSet);
            case Expr.Primed p -> lowerSet(p.operand(), primed(p, s));
            // The other kinds denote a set only as a term (an array from elements to membership).
            case Expr.Binary b -> termSet(b, elem, s);
            case Expr.Lit l -> termSet(l, elem, s);
            case Expr.ConstRef c -> termSet(c, elem, s);
            case Expr.Local l -> termSet(l, elem, s);
            case Expr.Self me -> termSet(me, elem, s);
            case Expr.VarRef ref -> termSet(ref, elem, s);
            case Expr.RemoteVar r -> termSet(r, elem, s);
            case Expr.InfiniteSet i -> termSet(i, elem, s);
            case Expr.Unary u -> termSet(u, elem, s);
            case Expr.Quant q -> termSet(q, elem, s);
            case Expr.Choose c -> termSet(c, elem, s);
            case Expr.FnCtor f -> termSet(f, elem, s);
            case Expr.RecordCtor r -> termSet(r, elem, s);
            case Expr.TupleLit t -> termSet(t, elem, s);
            case Expr.Apply a -> termSet(a, elem, s);
            case Expr.FieldAccess f -> termSet(f, elem, s);
            case Expr.Except x -> termSet(x, elem, s);
            case Expr.If i -> termSet(i, elem, s);
            case Expr.Case c -> termSet(c, elem, s);
            case Expr.BuiltinCall b -> termSet(b, elem, s);
            case Expr.NetworkRead n -> termSet(n, elem, s);
        };
    }

    private SetSym termSet(Expr e, Type elem, Scope s) {
        Term arr = lowerTermSet(e, new Type.SetOf(elem), s);
        boolean stateComponent = e instanceof Expr.VarRef || e instanceof Expr.RemoteVar || e instanceof Expr.FieldAccess;
        return new SetSym(elem, t -> Smt.select(arr, t), stateComponent ? sorts.universe(elem) : universeOfComputed(elem),
                arr);
    }

    /**
     * CASE as nested if-then-else: the first true guard wins; with no OTHER the last arm is the fallback. Arms
     * are lowered at the {@code expected} type, like IF's branches, so that an arm {@code {}} gets its element type.
     */
    private Term caseTerm(Expr.Case c, Type expected, Scope s) {
        Term acc = lower(c.other() != null ? c.other() : c.values().getLast(), expected, s);
        for (int i = c.guards().size() - 1; i >= 0; i--) {
            acc = Smt.ite(lower(c.guards().get(i), s), lower(c.values().get(i), expected, s), acc);
        }
        return acc;
    }

    /**
     * A set-typed expression that is a term in its own right: a variable, IF, CASE, a field, ... {@code type} is
     * the complete set type wanted (a branch {@code {}} has none of its own).
     */
    private Term lowerTermSet(Expr e, Type type, Scope s) {
        return switch (e) {
            case Expr.Local l -> ((Scope.Binding.Symbolic) s.frame[l.slot()]).term();
            case Expr.VarRef v -> s.state.var(s.role, s.nodeIdx, v.varIndex());
            case Expr.RemoteVar r -> remoteVar(r, s);
            case Expr.If i -> Smt.ite(lower(i.cond(), s), lower(i.then(), type, s), lower(i.otherwise(), type, s));
            case Expr.Case c -> caseTerm(c, type, s);
            case Expr.FieldAccess f -> field(f, s);
            case Expr.Apply a -> apply(a, s);
            case Expr.Choose c -> choose(c, s);
            case Expr.Binary b -> throw overTheState(b);
            case Expr.Unary u when u.op() == UnaryOp.DOMAIN && u.operand().type() instanceof Type.MapOf mt ->
                    Smt.field((Sort.Datatype) sorts.sortOf(mt, u.span()), 0, "dom", lower(u.operand(), s));
            case Expr.Unary u -> throw new Unsupported(u.span(), "'" + u.op().symbol() + "' over the state");
            case Expr.Lit l -> notATermSet(l);
            case Expr.ConstRef c -> notATermSet(c);
            case Expr.Self x -> notATermSet(x);
            case Expr.NetworkView n -> notATermSet(n);
            case Expr.NetworkRead n -> notATermSet(n);
            case Expr.InfiniteSet i -> notATermSet(i);
            case Expr.Quant q -> notATermSet(q);
            case Expr.SetLit l -> notATermSet(l);
            case Expr.SetFilter f -> notATermSet(f);
            case Expr.SetMap m -> notATermSet(m);
            case Expr.FnCtor f -> notATermSet(f);
            case Expr.RecordCtor r -> notATermSet(r);
            case Expr.TupleLit t -> notATermSet(t);
            case Expr.Except x -> notATermSet(x);
            case Expr.Let l -> notATermSet(l);
            case Expr.BuiltinCall b -> notATermSet(b);
            case Expr.DefCall d -> notATermSet(d);
            case Expr.Primed p -> notATermSet(p);
        };
    }

    private static Term notATermSet(Expr e) {
        throw new Unsupported(e.span(), "a set built by " + e.getClass().getSimpleName() + " over the state");
    }

    /**
     * Candidates for a set whose elements are computed by expressions ({@code {x + 1}}) rather than read from
     * the state. Under a proved int domain only state values are known to lie in it, so such a set of ints
     * has no candidates.
     */
    private List<Value> universeOfComputed(Type elem) {
        return sorts.intDomain() != null && IntDomain.mentionsInt(elem) ? null : sorts.universe(elem);
    }

    /**
     * {@code S \cup {e1, e2}} and {@code S \ {e}} as stores into S's array: the usual update of a set variable,
     * kept an array term rather than a lambda (which Z3 handles far worse).
     */
    private Term storeLiteral(Expr base, SetSym baseSet, Expr literal, Scope s, Term value, Type elem) {
        if (!(literal instanceof Expr.SetLit lit) || (baseSet.array() == null && !baseSet.finite())) return null;
        if (Type.isIncomplete(elem)) return null;
        Term arr = materialize(baseSet, elem, base);
        for (Expr e : lit.elements()) arr = Smt.store(arr, lower(e, s), value);
        return arr;
    }

    private static List<Value> union(List<Value> a, List<Value> b) {
        LinkedHashSet<Value> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static Scope bindTerm(Scope s, int slot, Term t) { return s.symbolic(slot, t); }

    /** {@code {e : x \in S}}: y is a member when some member x of S maps to it. */
    private SetSym setMap(Expr.SetMap m, Scope s) {
        if (m.vars().size() != 1) throw new Unsupported(m.span(), "a set map over several variables");
        Type elem = ((Type.SetOf) m.type()).element();
        Expr.Local var = m.vars().getFirst();
        SetSym dom = lowerSet(m.domains().getFirst(), s);
        Scope snap = s.copy();
        List<Value> candidates = universeOfComputed(elem);
        if (dom.finite()) {
            List<Value> domain = dom.candidates();
            return new SetSym(elem, y -> {
                List<Term> parts = new ArrayList<>();
                for (Value x : domain) {
                    Term xt = sorts.valueTerm(x, var.type(), var.span());
                    parts.add(Smt.and(dom.member().apply(xt),
                            Smt.eq(lower(m.body(), snap.copy().concrete(var.slot(), x)), y)));
                }
                return Smt.or(parts);
            }, candidates, null);
        }
        return new SetSym(elem, y -> {
            Term.Bound x = bound(var.type(), var.span());
            return Smt.exists(List.of(x), Smt.and(dom.member().apply(x),
                    Smt.eq(lower(m.body(), snap.copy().symbolic(var.slot(), x)), y)));
        }, candidates, null);
    }

    /** The array of a set: as built, or a store chain over its candidates, or a lambda over its membership. */
    Term materialize(SetSym set, Type elem, Expr where) {
        if (set.array() != null) return set.array();
        Sort es = sorts.sortOf(elem, where == null ? null : where.span());
        if (set.finite()) {
            Term arr = Smt.constArray(es, Smt.FALSE);
            for (Value v : set.candidates()) {
                Term t = sorts.valueTerm(v, elem, null);
                Term mem = set.member().apply(t);
                if (!mem.equals(Smt.FALSE)) arr = Smt.store(arr, t, mem);
            }
            return arr;
        }
        Term.Bound x = new Term.Bound("x" + (fresh++), es);
        return new Term.Lambda(x, set.member().apply(x), new Sort.Array(es, Sort.BOOL));
    }

}
