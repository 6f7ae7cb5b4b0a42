package dev.lockstep.lang.check;

import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.ir.UnaryOp;

/** Whether a set expression can be enumerated (action parameter domains, initial-value sets: LS403, LS411). */
final class Finiteness {
    private Finiteness() {}

    /**
     * True when the set {@code e} can be enumerated: it is built without {@code Nat} or {@code Int}. Only the set
     * algebra passes finiteness on from its operands; every other kind is listed so that a new kind must be placed.
     */
    static boolean isFinite(Expr e) {
        return switch (e) {
            case Expr.InfiniteSet i -> false;
            case Expr.SetFilter f -> isFinite(f.domain());
            case Expr.SetMap m -> m.domains().stream().allMatch(Finiteness::isFinite);
            case Expr.Binary b -> switch (b.op()) {
                case CUP -> isFinite(b.left()) && isFinite(b.right());
                case CAP -> isFinite(b.left()) || isFinite(b.right());
                case SETMINUS -> isFinite(b.left());
                case FN_SET -> isFinite(b.left()) && isFinite(b.right());
                default -> true; // the other operators do not build a set from set operands
            };
            case Expr.Unary u -> u.op() != UnaryOp.SUBSET || isFinite(u.operand());
            case Expr.Primed p -> isFinite(p.operand());
            // Values, references and the remaining constructors are finite as sets whenever they are sets.
            case Expr.Lit l -> true;
            case Expr.ConstRef c -> true;
            case Expr.Local l -> true;
            case Expr.Self s -> true;
            case Expr.VarRef v -> true;
            case Expr.RemoteVar r -> true;
            case Expr.NetworkView n -> true;
            case Expr.NetworkRead n -> true;
            case Expr.Quant q -> true;
            case Expr.Choose c -> true;
            case Expr.SetLit s -> true;
            case Expr.FnCtor f -> true;
            case Expr.RecordCtor r -> true;
            case Expr.TupleLit t -> true;
            case Expr.Apply a -> true;
            case Expr.FieldAccess f -> true;
            case Expr.Except x -> true;
            case Expr.If i -> true;
            case Expr.Case c -> true;
            case Expr.Let l -> true;
            case Expr.BuiltinCall b -> true;
            case Expr.DefCall d -> true;
        };
    }
}
