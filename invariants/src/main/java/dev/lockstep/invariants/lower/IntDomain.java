package dev.lockstep.invariants.lower;

import dev.lockstep.invariants.smt.Smt;
import dev.lockstep.invariants.smt.Sort;
import dev.lockstep.invariants.smt.Term;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.Exprs;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.ir.UnaryOp;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A finite candidate domain for the ints of a model, and the typing invariant {@code TypeOK} that says every int
 * in the state (in variables, in sets and records, in messages in flight) lies in it, and every message in flight
 * has a possible sender and receiver ({@link MessageBounds}).
 *
 * <p>Many protocols only move ints around (ballots, values, -1 for "none") without computing new ones. For
 * them the ints a reachable state holds come from the model's constants and the spec's literals. The domain
 * guessed here is not trusted: the prover proves TypeOK inductive first (with real quantifiers over the full
 * integers), and only then lowers the rest with ints ranging over the domain, which turns every quantifier over
 * messages and sets of records into a finite conjunction. If TypeOK is not inductive (a counter, say), ints stay
 * unbounded.
 */
public final class IntDomain {
    private IntDomain() {}

    /** The ints of the constants and the int literals of the spec (a literal under unary minus negated). */
    public static List<Value> infer(ModelInstance model) {
        TreeSet<Long> ints = new TreeSet<>();
        for (Value c : model.consts()) collect(c, ints);
        CheckedSpec spec = model.spec();
        for (CheckedSpec.Role role : spec.roles()) {
            for (CheckedSpec.Var v : role.vars()) literals(v.init(), ints);
            for (CheckedSpec.Action a : role.actions()) {
                literals(a.guard(), ints);
                for (CheckedSpec.Param p : a.params()) literals(p.domain(), ints);
                for (Stmt s : a.effects()) {
                    switch (s) {
                        case Stmt.Assign as -> literals(as.value(), ints);
                        case Stmt.PeerAssign as -> literals(as.value(), ints);
                        case Stmt.Send send -> send.values().forEach(e -> literals(e, ints));
                        case Stmt.TimerControl timer -> { }
                    }
                }
            }
        }
        for (CheckedSpec.Def d : spec.defs()) literals(d.body(), ints);
        for (CheckedSpec.Invariant inv : spec.invariants()) literals(inv.body(), ints);
        List<Value> out = new ArrayList<>();
        for (long i : ints) out.add(IntV.of(i));
        return out;
    }

    private static void collect(Value v, TreeSet<Long> out) {
        switch (v) {
            case IntV i -> out.add(i.value());
            case SetV s -> s.elements().forEach(e -> collect(e, out));
            case SeqV s -> s.elements().forEach(e -> collect(e, out));
            case RecordV r -> { for (int i = 0; i < r.size(); i++) collect(r.value(i), out); }
            case FnV f -> { for (int i = 0; i < f.size(); i++) { collect(f.key(i), out); collect(f.value(i), out); } }
            default -> { }
        }
    }

    private static void literals(Expr root, TreeSet<Long> out) {
        if (root == null) return;
        Exprs.forEach(root, e -> {
            if (e instanceof Expr.Lit l) collect(l.value(), out);
            if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG && u.operand() instanceof Expr.Lit l
                    && l.value() instanceof IntV i) {
                out.add(-i.value());
            }
        });
    }

    /** True when some variable or message field holds ints, so bounding them can matter. */
    public static boolean stateHasInts(CheckedSpec spec) {
        for (CheckedSpec.Role r : spec.roles()) for (CheckedSpec.Var v : r.vars()) if (mentionsInt(v.type())) return true;
        for (CheckedSpec.MessageDecl m : spec.messages()) {
            for (Type.Field f : m.type().fields()) if (mentionsInt(f.type())) return true;
        }
        return false;
    }

    static boolean mentionsInt(Type t) {
        return switch (t) {
            case Type.Int i -> true;
            case Type.SetOf s -> mentionsInt(s.element());
            case Type.Tuple tu -> tu.elements().stream().anyMatch(IntDomain::mentionsInt);
            case Type.Record r -> r.fields().stream().anyMatch(f -> mentionsInt(f.type()));
            case Type.MapOf m -> mentionsInt(m.key()) || mentionsInt(m.value());
            default -> false;
        };
    }

    // ---- TypeOK ---------------------------------------------------------------------------------

    /**
     * TypeOK over a state's constants. With {@code scalarsOnly}, just the quantifier-free part (int variables and
     * int fields of record variables); otherwise also every element of every set and every message in flight,
     * with quantifiers over the (unbounded) element sorts. {@code sorts} must be the exact (unbounded) sorts.
     */
    public static Term typeOk(ModelInstance model, SpecSorts sorts, Vocabulary v, List<Value> domain,
                              boolean scalarsOnly) {
        List<Term> parts = new ArrayList<>();
        int[] fresh = {0};
        for (CheckedSpec.Role role : model.spec().roles()) {
            for (int n = 0; n < model.nodes(role.index()).length; n++) {
                for (CheckedSpec.Var var : role.vars()) {
                    parts.add(ok(v.var(role.index(), n, var.index()), var.type(), sorts, domain, scalarsOnly, fresh));
                }
            }
        }
        if (v.network() != null && !scalarsOnly) {
            Sort.Datatype msg = sorts.msgSort(null);
            Term.Bound m = new Term.Bound("m", msg);
            boolean bag = model.spec().network().kind() == CheckedSpec.NetworkKind.BAG;
            Term in = bag ? Smt.lt(Smt.integer(0), Smt.select(v.network(), m)) : Smt.select(v.network(), m);
            List<Term> perType = new ArrayList<>();
            for (CheckedSpec.MessageDecl d : model.spec().messages()) {
                int ctor = msg.ctorIndex(d.name());
                List<Term> fields = new ArrayList<>();
                fields.add(ends(sorts, msg, ctor, d.name(), m));
                for (Type.Field f : d.type().fields()) {
                    fields.add(ok(Smt.field(msg, ctor, f.name(), m), f.type(), sorts, domain, false, fresh));
                }
                perType.add(Smt.implies(Smt.isCtor(msg, ctor, m), Smt.and(fields)));
            }
            Term body = Smt.and(perType);
            if (!body.equals(Smt.TRUE)) parts.add(Smt.forall(List.of(m), Smt.implies(in, body)));
        }
        return Smt.and(parts);
    }

    /** TypeOK of one message (a received one): its int fields lie in the domain. Quantifier-free. */
    public static Term messageOk(SpecSorts sorts, Term msg, Type.Message type, List<Value> domain) {
        Sort.Datatype dt = sorts.msgSort(null);
        int ctor = dt.ctorIndex(type.name());
        List<Term> parts = new ArrayList<>();
        parts.add(ends(sorts, dt, ctor, type.name(), msg));
        for (Type.Field f : type.fields()) {
            parts.add(ok(Smt.field(dt, ctor, f.name(), msg), f.type(), sorts, domain, true, new int[1]));
        }
        return Smt.and(parts);
    }

    /** The message's src and dst are among the possible senders and receivers of its type. */
    private static Term ends(SpecSorts sorts, Sort.Datatype msg, int ctor, String type, Term m) {
        MessageBounds.Ends e = sorts.ends(type);
        if (e == null) return Smt.TRUE;
        List<Term> parts = new ArrayList<>();
        parts.add(Smt.or(e.src().stream().map(n -> Smt.eq(Smt.field(msg, ctor, "src", m), sorts.node(n))).toList()));
        if (e.dst() != null) {
            parts.add(Smt.or(e.dst().stream().map(n -> Smt.eq(Smt.field(msg, ctor, "dst", m), sorts.node(n))).toList()));
        }
        return Smt.and(parts);
    }

    private static Term ok(Term x, Type t, SpecSorts sorts, List<Value> domain, boolean scalarsOnly, int[] fresh) {
        return switch (t) {
            case Type.Int i -> Smt.or(domain.stream().map(d -> Smt.eq(x, Smt.integer(((IntV) d).value()))).toList());
            case Type.Record r -> {
                Sort.Datatype dt = (Sort.Datatype) sorts.sortOf(r, null);
                List<Term> parts = new ArrayList<>();
                for (Type.Field f : r.fields()) {
                    parts.add(ok(Smt.field(dt, 0, f.name(), x), f.type(), sorts, domain, scalarsOnly, fresh));
                }
                yield Smt.and(parts);
            }
            case Type.Tuple tu -> {
                Sort.Datatype dt = (Sort.Datatype) sorts.sortOf(tu, null);
                List<Term> parts = new ArrayList<>();
                for (int k = 0; k < tu.elements().size(); k++) {
                    parts.add(ok(Smt.field(dt, 0, "_" + (k + 1), x), tu.elements().get(k), sorts, domain, scalarsOnly,
                            fresh));
                }
                yield Smt.and(parts);
            }
            case Type.SetOf s -> {
                if (scalarsOnly || !mentionsInt(s.element())) yield Smt.TRUE;
                Term.Bound e = new Term.Bound("e" + (fresh[0]++), sorts.sortOf(s.element(), null));
                yield Smt.forall(List.of(e), Smt.implies(Smt.select(x, e), ok(e, s.element(), sorts, domain, false, fresh)));
            }
            case Type.MapOf mo -> {
                if (scalarsOnly || !mentionsInt(mo)) yield Smt.TRUE;
                Sort.Datatype dt = (Sort.Datatype) sorts.sortOf(mo, null);
                Term.Bound k = new Term.Bound("k" + (fresh[0]++), sorts.sortOf(mo.key(), null));
                Term val = Smt.select(Smt.field(dt, 0, "val", x), k);
                yield Smt.forall(List.of(k), Smt.implies(Smt.select(Smt.field(dt, 0, "dom", x), k),
                        Smt.and(ok(k, mo.key(), sorts, domain, false, fresh), ok(val, mo.value(), sorts, domain, false, fresh))));
            }
            default -> Smt.TRUE;
        };
    }
}
