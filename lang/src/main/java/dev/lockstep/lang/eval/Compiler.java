package dev.lockstep.lang.eval;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.EnumV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles checked expressions, once each, into {@link Compiled} closures: the meaning of every kind of
 * {@link Expr} is the one exhaustive switch in {@link #build}. With a model bound, model constants are values and
 * every sub-expression that reads neither the state, the node nor an unbound local is evaluated here, once
 * (unless evaluating it faults: then it stays, and faults when and where it always did).
 *
 * <p>Not thread-safe (it caches what it compiled); what it returns is immutable and may be shared.
 */
final class Compiler {
    private final CheckedSpec spec;
    private final Value[] consts;
    /** Null while the model's own constants are being evaluated: then constants are read, not folded. */
    private final ModelInstance model;
    private final boolean fold;
    private final Operators ops = new Operators();
    private final Map<Expr, Compiled> compiled = new IdentityHashMap<>();
    /** One instance per distinct scalar constant: comparing with a value the spec wrote is then mostly {@code ==}. */
    private final Map<Value, Value> scalars = new HashMap<>();
    /** Large enough for any frame of the spec: folding evaluates a constant expression in a frame of its own. */
    private final int maxFrame;
    /**
     * The locals whose value is known in what is being compiled: a quantifier over small constant sets is
     * unrolled, and each copy of its body is compiled with its variables known (so {@code Role[r].x} is one slot).
     */
    private Map<Integer, Value> known = Map.of();

    /**
     * A quantifier is unrolled when its constant domains have few combinations: at most this many copies of a
     * body, counting the copies of the unrolled quantifiers around it.
     */
    private static final int MAX_UNROLL = 64;
    /** How many copies of what is being compiled there are: the product of the enclosing unrolled quantifiers. */
    private int copies = 1;

    /** {@code fold} is false only to test that folding changes no result. */
    Compiler(CheckedSpec spec, Value[] consts, ModelInstance model, boolean fold) {
        this.spec = spec;
        this.consts = consts;
        this.model = model;
        this.fold = fold && model != null;
        this.maxFrame = maxFrame(spec);
    }

    Compiled compile(Expr e) {
        if (!known.isEmpty() && readsKnown(e)) return isConstant(e) ? folded(e) : build(e);  // one copy: not cached
        Compiled c = compiled.get(e);
        if (c == null) {
            c = fold && isConstant(e) ? folded(e) : build(e);
            compiled.put(e, c);
        }
        return c;
    }

    /** True when {@code e} reads no state, no acting node and no local bound outside it. */
    private boolean isConstant(Expr e) {
        if (e instanceof Expr.Lit || e instanceof Expr.ConstRef) return true;
        return !Exprs.anyMatch(e, x -> x instanceof Expr.Self || Exprs.readsStateHere(x, spec))
                && known.keySet().containsAll(Exprs.freeSlots(e));
    }

    private boolean readsKnown(Expr e) {
        for (int slot : Exprs.freeSlots(e)) if (known.containsKey(slot)) return true;
        return false;
    }

    private Compiled folded(Expr e) {
        Compiled c = build(e);
        if (c.constant() != null) return c;
        try {
            return constant(c.eval(new Env(new Value[0], maxFrame)), e.span());
        } catch (RuntimeException fault) {
            return c;  // the fault is raised when (and if) the expression is evaluated, as it always was
        }
    }

    private Compiled build(Expr e) {
        Span span = e.span();
        return switch (e) {
            case Expr.Lit l -> constant(l.value(), span);
            case Expr.ConstRef c -> constRef(c.index(), span);
            case Expr.Local l -> {
                if (known.containsKey(l.slot())) yield constant(known.get(l.slot()), span);
                int slot = l.slot();
                yield new Compiled(span) {
                    @Override
                    public Value eval(Env env) { return env.frame[slot]; }
                };
            }
            case Expr.Self s -> new Compiled(span) {
                @Override
                public Value eval(Env env) { return env.self; }
            };
            case Expr.VarRef v -> {
                int var = v.varIndex();
                yield new Compiled(span) {
                    @Override
                    public Value eval(Env env) { return env.state[env.nodeBase + var]; }
                };
            }
            case Expr.RemoteVar r -> remoteVar(r);
            case Expr.NetworkView n -> networkView(n.messageType(), span);
            case Expr.NetworkRead n -> networkRead(n);
            case Expr.InfiniteSet i -> new Compiled(span) {
                @Override
                public Value eval(Env env) {
                    throw Evaluator.fault(Code.NOT_ENUMERABLE, span, i.name()
                            + " is infinite; it can only appear on the right of \\in or \\notin");
                }
            };
            case Expr.Unary u -> unary(u);
            case Expr.Primed p -> primed(compile(p.operand()), span);
            case Expr.Binary b -> binary(b);
            case Expr.Quant q -> quantifier(q);
            case Expr.Choose c -> ValueNodes.choose(c.var().slot(), compile(c.domain()), compile(c.body()), span);
            case Expr.SetLit s -> ValueNodes.setLiteral(all(s.elements()), span);
            case Expr.SetFilter f -> ValueNodes.filter(f.var().slot(), compile(f.domain()), compile(f.predicate()),
                    span);
            case Expr.SetMap m -> ValueNodes.map(new ValueNodes.Binder(slots(m.vars()), all(m.domains())),
                    compile(m.body()), span);
            case Expr.FnCtor f -> ValueNodes.function(new ValueNodes.Binder(slots(f.vars()), all(f.domains())),
                    compile(f.body()), span);
            case Expr.RecordCtor r -> ValueNodes.record(r.names().toArray(String[]::new), all(r.values()), span);
            case Expr.TupleLit t -> ValueNodes.tuple(all(t.elements()), span);
            case Expr.Apply a -> ValueNodes.apply(ops, compile(a.function()), compile(a.arg()), span);
            case Expr.FieldAccess f -> {
                String field = f.field().intern();
                yield ValueNodes.field(compile(f.target()), field, fieldPosition(f.target().type(), field), span);
            }
            case Expr.Except x -> ValueNodes.except(ops, compile(x.base()), updates(x.updates()), span);
            case Expr.If i -> conditional(compile(i.cond()), compile(i.then()), compile(i.otherwise()), span);
            case Expr.Case c -> caseOf(all(c.guards()), all(c.values()), c.other() == null ? null : compile(c.other()),
                    span);
            case Expr.Let l -> let(slots(l.vars()), all(l.values()), compile(l.body()), span);
            case Expr.BuiltinCall b -> {
                Compiled[] args = all(b.args());
                yield new Compiled(span) {
                    @Override
                    public Value eval(Env env) { return ops.builtin(b, ValueNodes.all(args, env)); }
                };
            }
            case Expr.DefCall d -> defCall(spec.defs().get(d.defIndex()), all(d.args()), span);
        };
    }

    /** The last network a {@code Msgs(T)} saw and its messages of type T. */
    private record View(Value network, Value messages) {}

    /** The last view of one message type, shared by every {@code Msgs(T)} of that type. */
    private static final class ViewMemo {
        private View last;
    }

    private final Map<String, ViewMemo> views = new HashMap<>();

    /**
     * {@code Msgs(T)}. An invariant asks it of one state many times (in each definition call, for each binding),
     * so the last answer for each type is remembered. The memo holds one immutable record, replaced whole, so
     * compiled expressions stay safe to share between threads.
     */
    private Compiled networkView(String type, Span span) {
        ViewMemo memo = views.computeIfAbsent(type, t -> new ViewMemo());
        return new Compiled(span) {
            @Override
            public Value eval(Env env) {
                Value network = env.state[model.networkSlot()];
                View last = memo.last;
                if (last != null && last.network() == network) return last.messages();
                Value messages = Network.view(spec.network().kind(), network, type);
                memo.last = new View(network, messages);
                return messages;
            }
        };
    }

    private Compiled networkRead(Expr.NetworkRead n) {
        CheckedSpec.NetworkKind kind = spec.network().kind();
        Compiled first = compile(n.args().get(0));
        Compiled second = n.args().size() > 1 ? compile(n.args().get(1)) : null;
        String type = n.type() instanceof Type.SeqOf(Type.Message m) ? m.name() : null;
        return new Compiled(n.span()) {
            @Override
            public Value eval(Env env) {
                Value network = env.state[model.networkSlot()];
                return switch (n.query()) {
                    case COPIES -> IntV.of(Network.copies(kind, network, (RecordV) first.eval(env)));
                    case CHANNEL -> Network.channel(network, type, first.eval(env), second.eval(env));
                    case CHANNEL_LEN -> IntV.of(Network.channel(network, first.eval(env), second.eval(env)).size());
                };
            }
        };
    }

    private Compiled constant(Value v, Span span) {
        boolean scalar = v instanceof EnumV || v instanceof NodeV || v instanceof StrV || v instanceof IntV;
        return new Compiled.Constant(scalar ? scalars.computeIfAbsent(v, x -> x) : v, span);
    }

    private Compiled constRef(int index, Span span) {
        if (model != null) return constant(consts[index], span);
        return new Compiled(span) {
            @Override
            public Value eval(Env env) { return consts[index]; }
        };
    }

    /** {@code Role[n].v}: with the node known here, one fixed slot of the state. */
    private Compiled remoteVar(Expr.RemoteVar r) {
        Compiled node = compile(r.node());
        int role = r.roleIndex();
        int var = r.varIndex();
        Span span = r.span();
        if (model != null && node.constant() != null) {
            int n = model.nodeIndex(role, node.constant());
            if (n >= 0) {
                int slot = model.nodeBase(role, n) + var;
                return new Compiled(span) {
                    @Override
                    public Value eval(Env env) { return env.state[slot]; }
                };
            }
        }
        return new Compiled(span) {
            @Override
            public Value eval(Env env) {
                Value v = node.eval(env);
                int n = model.nodeIndex(role, v);
                if (n < 0) {
                    throw Evaluator.fault(Code.FUNCTION_OUTSIDE_DOMAIN, span, v.show() + " is not a node of role "
                            + r.role());
                }
                return env.state[model.nodeBase(role, n) + var];
            }
        };
    }

    /** {@code e'}: the operand over the step's next state ({@link Env#next}), then the state is put back. */
    private static Compiled primed(Compiled operand, Span span) {
        return new Compiled(span) {
            @Override
            public Value eval(Env env) {
                Value[] now = env.state;
                env.state = env.next;
                try {
                    return operand.eval(env);
                } finally {
                    env.state = now;
                }
            }
        };
    }

    private Compiled unary(Expr.Unary u) {
        Compiled operand = compile(u.operand());
        return switch (u.op()) {
            case NOT -> LogicNodes.not(operand, u.span());
            case NEG, DOMAIN, SUBSET, UNION, ALWAYS, EVENTUALLY -> new Compiled(u.span()) {
                @Override
                public Value eval(Env env) { return ops.unary(u, operand.eval(env)); }
            };
        };
    }

    private Compiled binary(Expr.Binary b) {
        Span span = b.span();
        return switch (b.op()) {
            case AND, OR -> {
                List<Compiled> operands = new ArrayList<>();
                junctionOperands(b.op(), b, operands);
                yield LogicNodes.junction(b.op() == BinaryOp.AND, operands, span);
            }
            case IMPLIES -> LogicNodes.implies(compile(b.left()), compile(b.right()), span);
            case EQ, NEQ -> LogicNodes.equality(b.op() == BinaryOp.EQ, compile(b.left()), compile(b.right()), span);
            case LT -> LogicNodes.order(true, false, false, compile(b.left()), compile(b.right()), span);
            case LE -> LogicNodes.order(true, true, false, compile(b.left()), compile(b.right()), span);
            case GT -> LogicNodes.order(false, false, true, compile(b.left()), compile(b.right()), span);
            case GE -> LogicNodes.order(false, true, true, compile(b.left()), compile(b.right()), span);
            case IN, NOTIN -> {
                boolean in = b.op() == BinaryOp.IN;
                Compiled element = compile(b.left());
                yield b.right() instanceof Expr.InfiniteSet inf
                        ? LogicNodes.infiniteMembership(in, inf.name().equals("Nat"), element, span)
                        : LogicNodes.membership(in, element, compile(b.right()), span);
            }
            case LEADSTO -> new Compiled(span) {
                @Override
                public Value eval(Env env) {
                    throw Evaluator.fault(Code.EVALUATION_FAULT, span, "~> is temporal; TLC checks properties");
                }
            };
            case EQUIV, SUBSETEQ, CUP, CAP, SETMINUS, PLUS, MINUS, TIMES, DIV, MOD, RANGE, CONCAT, SINGLETON_MAP,
                 MERGE_MAP, FN_SET -> {
                Compiled l = compile(b.left());
                Compiled r = compile(b.right());
                yield new Compiled(span) {
                    @Override
                    public Value eval(Env env) {
                        Value a = l.eval(env);
                        return ops.binary(b, a, r.eval(env));
                    }
                };
            }
        };
    }

    /** The operands of a chain of one junction, left to right: {@code (a /\ b) /\ c} tests a, b, c in that order. */
    private void junctionOperands(BinaryOp op, Expr e, List<Compiled> out) {
        if (e instanceof Expr.Binary b && b.op() == op) {
            junctionOperands(op, b.left(), out);
            junctionOperands(op, b.right(), out);
        } else {
            out.add(compile(e));
        }
    }

    private static Compiled conditional(Compiled cond, Compiled then, Compiled otherwise, Span span) {
        return new Compiled(span) {
            @Override
            public Value eval(Env env) { return cond.test(env) ? then.eval(env) : otherwise.eval(env); }
        };
    }

    /** {@code other} is null when the CASE has no OTHER arm: then no matching arm is a fault. */
    private static Compiled caseOf(Compiled[] guards, Compiled[] values, Compiled other, Span span) {
        return new Compiled(span) {
            @Override
            public Value eval(Env env) {
                for (int i = 0; i < guards.length; i++) if (guards[i].test(env)) return values[i].eval(env);
                if (other == null) throw Evaluator.fault(Code.EVALUATION_FAULT, span, "no CASE arm applies");
                return other.eval(env);
            }
        };
    }

    private static Compiled let(int[] slots, Compiled[] values, Compiled body, Span span) {
        return new Compiled(span) {
            @Override
            public Value eval(Env env) {
                for (int i = 0; i < slots.length; i++) env.frame[slots[i]] = values[i].eval(env);
                return body.eval(env);
            }
        };
    }

    /**
     * A quantifier; over constant domains with few combinations, unrolled: one copy of the body per combination,
     * compiled with the variables known, tested in the order of the nested loops.
     */
    private Compiled quantifier(Expr.Quant q) {
        int[] slots = slots(q.vars());
        Compiled[] domains = all(q.domains());
        List<Value[]> combinations = fold ? combinations(domains, MAX_UNROLL / copies) : null;
        if (combinations == null) return LogicNodes.quantifier(q.forall(), slots, domains, compile(q.body()), q.span());
        Compiled[] bodies = new Compiled[combinations.size()];
        Map<Integer, Value> outer = known;
        int outerCopies = copies;
        copies *= bodies.length;
        try {
            for (int t = 0; t < bodies.length; t++) {
                Map<Integer, Value> inner = new HashMap<>(outer);
                for (int i = 0; i < slots.length; i++) inner.put(slots[i], combinations.get(t)[i]);
                known = inner;
                bodies[t] = compile(q.body());
            }
        } finally {
            known = outer;
            copies = outerCopies;
        }
        return LogicNodes.unrolled(q.forall(), slots, combinations.toArray(Value[][]::new), bodies, q.span());
    }

    /**
     * Every combination of the domains' elements, in nested-loop order; null unless all are constant sets with
     * at most {@code limit} combinations.
     */
    private static List<Value[]> combinations(Compiled[] domains, int limit) {
        List<Value[]> out = new ArrayList<>();
        out.add(new Value[0]);
        for (Compiled d : domains) {
            if (!(d.constant() instanceof SetV set) || (long) out.size() * set.size() > limit) return null;
            List<Value[]> next = new ArrayList<>();
            for (Value[] prefix : out) {
                for (int k = 0; k < set.size(); k++) {
                    Value[] c = Arrays.copyOf(prefix, prefix.length + 1);
                    c[prefix.length] = set.get(k);
                    next.add(c);
                }
            }
            out = next;
        }
        return out;
    }

    /** A call evaluates the definition's body in a frame of its own, with the arguments in its first slots. */
    private Compiled defCall(CheckedSpec.Def def, Compiled[] args, Span span) {
        Map<Integer, Value> outer = known;
        int outerCopies = copies;
        known = Map.of();  // the body's locals are its own frame's, and it is compiled once for every call
        copies = 1;
        Compiled body;
        try {
            body = compile(def.body());
        } finally {
            known = outer;
            copies = outerCopies;
        }
        int frameSize = def.frameSize();
        return new Compiled(span) {
            @Override
            public Value eval(Env env) {
                Env inner = new Env(env.state, frameSize);
                for (int i = 0; i < args.length; i++) inner.frame[i] = args[i].eval(env);
                return body.eval(inner);
            }
        };
    }

    private ValueNodes.Update[] updates(List<Expr.Update> updates) {
        ValueNodes.Update[] out = new ValueNodes.Update[updates.size()];
        for (int i = 0; i < out.length; i++) {
            Expr.Update u = updates.get(i);
            ValueNodes.PathStep[] path = new ValueNodes.PathStep[u.path().size()];
            for (int k = 0; k < path.length; k++) {
                path[k] = switch (u.path().get(k)) {
                    case Expr.FieldStep f -> new ValueNodes.PathStep(f.field(), null);
                    case Expr.IndexStep s -> new ValueNodes.PathStep(null, compile(s.index()));
                };
            }
            out[i] = new ValueNodes.Update(path, compile(u.value()), u.atSlot());
        }
        return out;
    }

    /** Where {@code field} sits among the sorted fields of records of type {@code type}; -1 when not known. */
    private static int fieldPosition(Type type, String field) {
        List<String> names = new ArrayList<>();
        if (type instanceof Type.Record r) {
            r.fields().forEach(f -> names.add(f.name()));
        } else if (type instanceof Type.Message m) {
            m.fields().forEach(f -> names.add(f.name()));
            names.addAll(List.of("src", "dst", "type"));
        }
        names.sort(null);
        return names.indexOf(field);
    }

    private Compiled[] all(List<Expr> exprs) {
        Compiled[] out = new Compiled[exprs.size()];
        for (int i = 0; i < out.length; i++) out[i] = compile(exprs.get(i));
        return out;
    }

    private static int[] slots(List<Expr.Local> vars) {
        return vars.stream().mapToInt(Expr.Local::slot).toArray();
    }

    private static int maxFrame(CheckedSpec spec) {
        int max = 0;
        for (CheckedSpec.Def d : spec.defs()) max = Math.max(max, d.frameSize());
        for (CheckedSpec.Invariant i : spec.invariants()) max = Math.max(max, i.frameSize());
        for (CheckedSpec.Property p : spec.properties()) max = Math.max(max, p.frameSize());
        for (CheckedSpec.Model m : spec.models()) max = Math.max(max, m.frameSize());
        for (CheckedSpec.Role r : spec.roles()) {
            max = Math.max(max, r.nodesFrame());
            for (CheckedSpec.Var v : r.vars()) max = Math.max(max, v.frameSize());
            for (CheckedSpec.Action a : r.actions()) max = Math.max(max, a.frameSize());
            if (r.restart() != null) max = Math.max(max, r.restart().frameSize());
        }
        return max;
    }
}
