package dev.lockstep.invariants.calm;

import dev.lockstep.invariants.lower.SpecSorts;
import dev.lockstep.invariants.smt.Smt;
import dev.lockstep.invariants.smt.Sort;
import dev.lockstep.invariants.smt.Term;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.types.Type;
import java.util.List;

/**
 * {@code a <= b} in a type's natural order, as the monotonicity analysis reads it: ints by {@code <=}, booleans
 * FALSE before TRUE, enum labels in declaration order, sets by inclusion, maps over the same keys entry by entry.
 * Other types have no order here: only equal values are below each other.
 */
final class LatticeOrder {
    private LatticeOrder() {}

    private static int fresh;

    static Term below(Term a, Term b, Type type, SpecSorts sorts, Span span) {
        return switch (type) {
            case Type.Int i -> Smt.le(a, b);
            case Type.Bool bool -> Smt.implies(a, b);
            case Type.Enum e -> Smt.le(rank(a, (Sort.Enum) sorts.sortOf(e, span)), rank(b, (Sort.Enum) sorts.sortOf(e, span)));
            case Type.SetOf s -> {
                Term.Bound x = new Term.Bound("calm.x" + fresh++, sorts.sortOf(s.element(), span));
                yield Smt.forall(List.of(x), Smt.implies(Smt.select(a, x), Smt.select(b, x)));
            }
            case Type.MapOf m -> {
                Sort.Datatype d = (Sort.Datatype) sorts.sortOf(m, span);
                Term.Bound k = new Term.Bound("calm.k" + fresh++, sorts.sortOf(m.key(), span));
                Term domA = Smt.field(d, 0, "dom", a);
                Term entries = below(Smt.select(Smt.field(d, 0, "val", a), k), Smt.select(Smt.field(d, 0, "val", b), k),
                        m.value(), sorts, span);
                yield Smt.and(Smt.eq(domA, Smt.field(d, 0, "dom", b)),
                        Smt.forall(List.of(k), Smt.implies(Smt.select(domA, k), entries)));
            }
            case Type.Str s -> Smt.eq(a, b);
            case Type.Node n -> Smt.eq(a, b);
            case Type.Any any -> Smt.eq(a, b);
            case Type.SeqOf s -> Smt.eq(a, b);
            case Type.Record r -> Smt.eq(a, b);
            case Type.Tuple t -> Smt.eq(a, b);
            case Type.Message msg -> Smt.eq(a, b);
        };
    }

    /** The label's position in its enum, as an int term. */
    private static Term rank(Term t, Sort.Enum sort) {
        Term out = Smt.integer(sort.labels().size() - 1);
        for (int i = sort.labels().size() - 2; i >= 0; i--) {
            out = Smt.ite(Smt.eq(t, new Term.EnumLit(sort, sort.labels().get(i))), Smt.integer(i), out);
        }
        return out;
    }
}
