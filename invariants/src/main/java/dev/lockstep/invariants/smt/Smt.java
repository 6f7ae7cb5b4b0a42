package dev.lockstep.invariants.smt;

import dev.lockstep.invariants.smt.Term.App;
import dev.lockstep.invariants.smt.Term.BoolLit;
import dev.lockstep.invariants.smt.Term.IntLit;
import dev.lockstep.invariants.smt.Term.Op;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Builds terms, folding constants on the way. Lowering under a model's bounds produces many literal sub-terms
 * (concrete nodes, labels, expanded quantifiers); folding them keeps queries small and golden files readable.
 * Every simplification here is an equivalence, so it never changes a verdict.
 */
public final class Smt {
    public static final BoolLit TRUE = new BoolLit(true);
    public static final BoolLit FALSE = new BoolLit(false);

    private Smt() {}

    public static BoolLit bool(boolean b) { return b ? TRUE : FALSE; }

    public static IntLit integer(long v) { return new IntLit(v); }

    public static Term not(Term a) {
        if (a instanceof BoolLit b) return bool(!b.value());
        if (a instanceof App(Op op, List<Term> args, Sort s) && op == Op.NOT) return args.get(0);
        return new App(Op.NOT, List.of(a), Sort.BOOL);
    }

    public static Term and(Term... terms) { return and(List.of(terms)); }

    public static Term and(List<Term> terms) { return junction(Op.AND, true, terms); }

    public static Term or(Term... terms) { return or(List.of(terms)); }

    public static Term or(List<Term> terms) { return junction(Op.OR, false, terms); }

    /**
     * AND ({@code unit} true) or OR ({@code unit} false) of {@code terms}, flattened and without repeats: the unit
     * literal drops out, the other literal decides the whole, and no terms left is the unit.
     */
    private static Term junction(Op op, boolean unit, List<Term> terms) {
        List<Term> out = new ArrayList<>();
        Set<Term> seen = identitySet();
        for (Term t : terms) {
            if (t instanceof BoolLit b) {
                if (b.value() != unit) return bool(!unit);
                continue;
            }
            if (t instanceof App(Op o, List<Term> args, Sort s) && o == op) {
                out.addAll(args);
                seen.addAll(args);
            } else if (seen.add(t)) {
                out.add(t);
            }
        }
        if (out.isEmpty()) return bool(unit);
        return out.size() == 1 ? out.get(0) : new App(op, out, Sort.BOOL);
    }

    /**
     * Duplicates are dropped by identity, not deep equality: comparing deep terms would cost more than the duplicate
     * saves. A set, not a scan of the list, so that a 100,000-term disjunction is not quadratic.
     */
    private static Set<Term> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    public static Term implies(Term a, Term b) {
        if (a instanceof BoolLit x) return x.value() ? b : TRUE;
        if (b instanceof BoolLit y) return y.value() ? TRUE : not(a);
        return new App(Op.IMPLIES, List.of(a, b), Sort.BOOL);
    }

    public static Term iff(Term a, Term b) { return eq(a, b); }

    /** True when the term is a closed value: literals and constructors of literals. */
    public static boolean isLiteral(Term t) {
        switch (t) {
            case BoolLit b -> { return true; }
            case IntLit i -> { return true; }
            case Term.StrLit s -> { return true; }
            case Term.EnumLit e -> { return true; }
            case Term.CtorApp c -> {
                for (Term a : c.args()) if (!isLiteral(a)) return false;
                return true;
            }
            default -> { return false; }
        }
    }

    public static Term eq(Term a, Term b) {
        if (a.equals(b)) return TRUE;
        if (isLiteral(a) && isLiteral(b)) return FALSE;
        if (a instanceof Term.CtorApp x && b instanceof Term.CtorApp y) {
            if (x.ctor() != y.ctor()) return FALSE;
            List<Term> parts = new ArrayList<>();
            for (int i = 0; i < x.args().size(); i++) parts.add(eq(x.args().get(i), y.args().get(i)));
            return and(parts);
        }
        if (a.sort() == Sort.BOOL) {
            if (a instanceof BoolLit x) return x.value() ? b : not(b);
            if (b instanceof BoolLit y) return y.value() ? a : not(a);
        }
        return new App(Op.EQ, List.of(a, b), Sort.BOOL);
    }

    public static Term ite(Term c, Term a, Term b) {
        if (c instanceof BoolLit x) return x.value() ? a : b;
        if (a.equals(b)) return a;
        if (a.sort() == Sort.BOOL && a instanceof BoolLit x && b instanceof BoolLit y) {
            return x.value() ? c : not(c);
        }
        return new App(Op.ITE, List.of(c, a, b), a.sort());
    }

    public static Term add(Term a, Term b) {
        if (a instanceof IntLit x && b instanceof IntLit y) return integer(x.value() + y.value());
        if (b instanceof IntLit y && y.value() == 0) return a;
        if (a instanceof IntLit x && x.value() == 0) return b;
        return new App(Op.ADD, List.of(a, b), Sort.INT);
    }

    public static Term sub(Term a, Term b) {
        if (a instanceof IntLit x && b instanceof IntLit y) return integer(x.value() - y.value());
        if (b instanceof IntLit y && y.value() == 0) return a;
        return new App(Op.SUB, List.of(a, b), Sort.INT);
    }

    public static Term sum(List<Term> terms) {
        Term acc = integer(0);
        for (Term t : terms) acc = add(acc, t);
        return acc;
    }

    public static Term mul(Term a, Term b) {
        if (a instanceof IntLit x && b instanceof IntLit y) return integer(x.value() * y.value());
        return new App(Op.MUL, List.of(a, b), Sort.INT);
    }

    public static Term neg(Term a) {
        if (a instanceof IntLit x) return integer(-x.value());
        return new App(Op.NEG, List.of(a), Sort.INT);
    }

    /**
     * Floor division, Lockstep's {@code \div}. SMT-LIB's {@code div} is Euclidean; the two agree for a positive
     * divisor, and {@code a \div b = (-a) \div (-b)} turns a negative divisor into a positive one.
     */
    public static Term floorDiv(Term a, Term b) {
        if (a instanceof IntLit x && b instanceof IntLit y && y.value() != 0) {
            return integer(Math.floorDiv(x.value(), y.value()));
        }
        Term pos = new App(Op.DIV, List.of(a, b), Sort.INT);
        if (b instanceof IntLit y && y.value() > 0) return pos;
        Term negated = new App(Op.DIV, List.of(neg(a), neg(b)), Sort.INT);
        return ite(lt(integer(0), b), pos, negated);
    }

    /** Floor modulo, Lockstep's {@code %}: {@code a - b * (a \div b)}. */
    public static Term floorMod(Term a, Term b) {
        if (a instanceof IntLit x && b instanceof IntLit y && y.value() != 0) {
            return integer(Math.floorMod(x.value(), y.value()));
        }
        if (b instanceof IntLit y && y.value() > 0) return new App(Op.MOD, List.of(a, b), Sort.INT);
        return sub(a, mul(b, floorDiv(a, b)));
    }

    public static Term lt(Term a, Term b) {
        if (a instanceof IntLit x && b instanceof IntLit y) return bool(x.value() < y.value());
        return new App(Op.LT, List.of(a, b), Sort.BOOL);
    }

    public static Term le(Term a, Term b) {
        if (a instanceof IntLit x && b instanceof IntLit y) return bool(x.value() <= y.value());
        return new App(Op.LE, List.of(a, b), Sort.BOOL);
    }

    public static Term select(Term array, Term index) {
        Sort.Array s = (Sort.Array) array.sort();
        // Look through stores at literal indices: a different literal index cannot be the one selected. A loop,
        // not recursion: a large set literal is a chain of one store per element.
        while (true) {
            if (array instanceof Term.ConstArray c) return c.value();
            if (!(array instanceof App(Op op, List<Term> args, Sort as) && op == Op.STORE)) break;
            Term k = args.get(1);
            if (k.equals(index)) return args.get(2);
            if (!(isLiteral(k) && isLiteral(index))) break;
            array = args.get(0);
        }
        return new App(Op.SELECT, List.of(array, index), s.range());
    }

    public static Term store(Term array, Term index, Term value) {
        return new App(Op.STORE, List.of(array, index, value), array.sort());
    }

    public static Term constArray(Sort domain, Term value) {
        return new Term.ConstArray(new Sort.Array(domain, value.sort()), value);
    }

    /** A fixed value of every sort: where a map's values array holds something for keys outside its domain. */
    public static Term someValue(Sort sort) {
        return switch (sort) {
            case Sort.Bool b -> FALSE;
            case Sort.Int i -> integer(0);
            case Sort.Str s -> new Term.StrLit("");
            case Sort.Enum e -> new Term.EnumLit(e, e.labels().getFirst());
            case Sort.Datatype d -> new Term.CtorApp(d, 0,
                    d.ctors().getFirst().fields().stream().map(f -> someValue(f.sort())).toList());
            case Sort.Array a -> constArray(a.domain(), someValue(a.range()));
        };
    }

    public static Term ctor(Sort.Datatype dt, String ctor, List<Term> args) {
        return new Term.CtorApp(dt, dt.ctorIndex(ctor), args);
    }

    public static Term field(Sort.Datatype dt, int ctor, String field, Term arg) {
        List<Sort.Field> fields = dt.ctors().get(ctor).fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(field)) {
                if (arg instanceof Term.CtorApp c && c.ctor() == ctor) return c.args().get(i);
                return new Term.Accessor(dt, ctor, i, arg, fields.get(i).sort());
            }
        }
        throw new IllegalArgumentException(dt.name() + " has no field " + field);
    }

    public static Term isCtor(Sort.Datatype dt, int ctor, Term arg) {
        if (dt.ctors().size() == 1) return TRUE;
        if (arg instanceof Term.CtorApp c) return bool(c.ctor() == ctor);
        return new Term.IsCtor(dt, ctor, arg);
    }

    public static Term forall(List<Term.Bound> vars, Term body) {
        if (body instanceof BoolLit) return body;
        return new Term.Quant(true, vars, body);
    }

    public static Term exists(List<Term.Bound> vars, Term body) {
        if (body instanceof BoolLit) return body;
        return new Term.Quant(false, vars, body);
    }

    /** SMT-LIB symbol: bare when it is a simple symbol, else quoted with bars. */
    public static String symbol(String name) {
        if (name.matches("[A-Za-z~!@$%^&*_+=<>.?/-][A-Za-z0-9~!@$%^&*_+=<>.?/-]*")) return name;
        return "|" + name + "|";
    }
}
