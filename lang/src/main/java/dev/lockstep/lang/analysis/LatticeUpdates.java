package dev.lockstep.lang.analysis;

import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.Builtin;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.EnumV;
import dev.lockstep.lang.value.IntV;
import java.util.List;
import java.util.function.Predicate;

/**
 * Recognises an assignment {@code v' = e} that moves {@code v} up a lattice: a set joined with more elements
 * ({@code v \cup X}), an int raised or lowered ({@code Max}/{@code Min} with the old value, {@code v + k} or
 * {@code v - k} for a literal k >= 0, or a value the guard bounds by the old one), a boolean set to TRUE, an enum
 * moved to a later label than the guard allows before, a map changed by {@code EXCEPT} at entries that move so, and
 * {@code IF}/{@code CASE} whose every arm does. The answer is how {@code v} moves (CONST: left as it was), or NONE.
 */
final class LatticeUpdates {
    private final List<Expr> guardConjuncts;

    LatticeUpdates(List<Expr> guardConjuncts) { this.guardConjuncts = guardConjuncts; }

    /** How {@code v' = value} moves {@code v}, where {@code isOld} recognises v's old value. */
    Trend move(Expr value, Type type, Predicate<Expr> isOld) {
        if (isOld.test(value)) return Trend.CONST;
        return switch (value) {
            case Expr.If i -> move(i.then(), type, isOld).with(move(i.otherwise(), type, isOld));
            case Expr.Case c -> {
                Trend t = Trend.CONST;
                for (Expr v : c.values()) t = t.with(move(v, type, isOld));
                yield c.other() == null ? t : t.with(move(c.other(), type, isOld));
            }
            case Expr.Let l -> move(l.body(), type, isOld);
            case Expr.Except x when isOld.test(x.base()) && type instanceof Type.MapOf m -> except(x, m.value(), isOld);
            default -> byType(value, type, isOld);
        };
    }

    private Trend except(Expr.Except x, Type entryType, Predicate<Expr> isOld) {
        Trend t = Trend.CONST;
        for (Expr.Update u : x.updates()) {
            if (u.path().size() != 1 || !(u.path().get(0) instanceof Expr.IndexStep step)) return Trend.NONE;
            String index = Source.text(step.index());
            Predicate<Expr> oldEntry = e -> e instanceof Expr.Local l && l.slot() == u.atSlot()
                    || e instanceof Expr.Apply a && isOld.test(a.function()) && Source.text(a.arg()).equals(index);
            t = t.with(move(u.value(), entryType, oldEntry));
        }
        return t;
    }

    private Trend byType(Expr value, Type type, Predicate<Expr> isOld) {
        return switch (type) {
            case Type.SetOf s -> joinsOld(value, isOld) ? Trend.UP : Trend.NONE;
            case Type.Bool b -> value instanceof Expr.Lit l && l.value().equals(BoolV.TRUE)
                    || value instanceof Expr.Binary o && o.op() == BinaryOp.OR
                       && (isOld.test(o.left()) || isOld.test(o.right()))
                    ? Trend.UP : Trend.NONE;
            case Type.Int i -> intMove(value, isOld);
            case Type.Enum e -> value instanceof Expr.Lit l && l.value() instanceof EnumV label
                    && laterThanGuardAllows(label, e, isOld) ? Trend.UP : Trend.NONE;
            case Type.Str s -> Trend.NONE;
            case Type.Node n -> Trend.NONE;
            case Type.Any a -> Trend.NONE;
            case Type.SeqOf s -> Trend.NONE;
            case Type.MapOf m -> Trend.NONE;
            case Type.Record r -> Trend.NONE;
            case Type.Tuple t -> Trend.NONE;
            case Type.Message m -> Trend.NONE;
        };
    }

    /** {@code old \cup X}, in any nesting of unions. */
    private static boolean joinsOld(Expr e, Predicate<Expr> isOld) {
        return e instanceof Expr.Binary b && b.op() == BinaryOp.CUP
                && (isOld.test(b.left()) || isOld.test(b.right())
                    || joinsOld(b.left(), isOld) || joinsOld(b.right(), isOld));
    }

    private Trend intMove(Expr value, Predicate<Expr> isOld) {
        if (value instanceof Expr.BuiltinCall c && c.args().get(0) instanceof Expr.SetLit s
                && s.elements().stream().anyMatch(isOld)) {
            if (c.fn() == Builtin.MAX) return Trend.UP;
            if (c.fn() == Builtin.MIN) return Trend.DOWN;
        }
        if (value instanceof Expr.Binary b && isOld.test(b.left()) && b.right() instanceof Expr.Lit l
                && l.value() instanceof IntV k && k.value() >= 0) {
            if (b.op() == BinaryOp.PLUS) return Trend.UP;
            if (b.op() == BinaryOp.MINUS) return Trend.DOWN;
        }
        // v' = e where the guard says e > v (or e >= v): v rises; e < v (or e <= v): it falls.
        String assigned = Source.text(value);
        for (Expr g : guardConjuncts) {
            if (!(g instanceof Expr.Binary b)) continue;
            boolean assignedLeft = Source.text(b.left()).equals(assigned) && isOld.test(b.right());
            boolean assignedRight = Source.text(b.right()).equals(assigned) && isOld.test(b.left());
            if (!assignedLeft && !assignedRight) continue;
            Trend bigger = switch (b.op()) {
                case GT, GE -> Trend.UP;
                case LT, LE -> Trend.DOWN;
                default -> Trend.NONE;
            };
            if (bigger != Trend.NONE) return assignedLeft ? bigger : bigger.flip();
        }
        return Trend.NONE;
    }

    /** The label is the last one, or no earlier than every label the guard allows the old value to have. */
    private boolean laterThanGuardAllows(EnumV label, Type.Enum type, Predicate<Expr> isOld) {
        if (label.ordinal() == type.labels().size() - 1) return true;
        for (Expr g : guardConjuncts) {
            if (g instanceof Expr.Binary b && b.op() == BinaryOp.EQ && isOld.test(b.left())
                    && b.right() instanceof Expr.Lit l && l.value() instanceof EnumV before) {
                return before.ordinal() <= label.ordinal();
            }
        }
        return false;
    }
}
