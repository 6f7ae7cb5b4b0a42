package dev.lockstep.lang.check;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostics;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.IntV;

/** Type rules for reading an element: of a function, a sequence or a tuple, for {@link ExprChecker}. */
record ElementTypes(Diagnostics diags, ExprChecker checker) {
    /**
     * The type of {@code x[index]} for an {@code x} of type {@code type} (f[x] and an EXCEPT path step); when it
     * cannot be indexed, {@code subject} is reported as not applicable with {@code needs}.
     */
    Type elementAt(Type type, Expr index, Expr subject, String needs) {
        return switch (type) {
            case Type.MapOf m -> {
                if (Type.unify(m.key(), index.type()) == null) {
                    diags.error(Code.TYPE_MISMATCH, index.span(), "this function's domain holds " + m.key()
                            + ", not " + index.type());
                }
                yield m.value();
            }
            case Type.SeqOf s -> {
                checker.require(index, Type.INT, "a sequence index");
                yield s.element();
            }
            case Type.Tuple t -> tupleElement(t, index);
            case Type.Any any -> Type.ANY;
            default -> checker.notApplicable(subject, needs);
        };
    }

    private Type tupleElement(Type.Tuple t, Expr arg) {
        if (arg instanceof Expr.Lit lit && lit.value() instanceof IntV(long i)) {
            if (i >= 1 && i <= t.elements().size()) return t.elements().get((int) i - 1);
            diags.error(Code.FUNCTION_OUTSIDE_DOMAIN, arg.span(), "tuple index " + i + " is outside 1.."
                    + t.elements().size());
            return Type.ANY;
        }
        checker.require(arg, Type.INT, "a tuple index");
        Type common = Type.ANY;
        for (Type e : t.elements()) {
            common = Type.unify(common, e);
            if (common == null) {
                diags.error(Code.TYPE_MISMATCH, arg.span(), "a tuple with elements of different types needs a "
                        + "literal index");
                return Type.ANY;
            }
        }
        return common;
    }

    Type seqElement(Expr e, String where) {
        Type u = Type.unify(e.type(), new Type.SeqOf(Type.ANY));
        if (u instanceof Type.SeqOf s) return s.element();
        if (!(e.type() instanceof Type.Any)) {
            diags.error(Code.TYPE_MISMATCH, e.span(), where + " needs a sequence, but this has type " + e.type());
        }
        return Type.ANY;
    }
}
