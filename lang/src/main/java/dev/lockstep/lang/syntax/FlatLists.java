package dev.lockstep.lang.syntax;

import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.syntax.Ast.Expr;
import java.util.List;

/**
 * Long runs of one associative operator ({@code a \/ b \/ ...}, {@code 1 + 2 + ...}) become balanced trees, so that
 * no stage — checker, evaluator, TLA+ printer, SMT lowering, Java generator — needs stack depth proportional to the
 * length of a flat list. Runs of up to {@link #KEEP_AS_WRITTEN} operands keep the left-nested shape they are
 * written in (and so the output of every backend for ordinary specs); longer runs are balanced all the way down.
 */
final class FlatLists {
    static final int KEEP_AS_WRITTEN = 16;

    private FlatLists() {}

    /**
     * Operators whose grouping does not change the value. Regrouping {@code +} and {@code *} can only change
     * whether an intermediate sum of a long list leaves the 64-bit range.
     */
    static boolean isAssociative(BinaryOp op) {
        return switch (op) {
            case AND, OR, PLUS, TIMES, CUP, CAP, CONCAT, MERGE_MAP -> true;
            case IMPLIES, EQUIV, LEADSTO, EQ, NEQ, LT, LE, GT, GE, IN, NOTIN, SUBSETEQ, SINGLETON_MAP, SETMINUS, RANGE,
                    MINUS, DIV, MOD, FN_SET -> false;
        };
    }

    /**
     * {@code operands[from] op ... op operands[to - 1]} as a balanced tree of depth log2 of the length. Fully
     * balanced, down to single operands: backends turn each level into a nested call, and some consumers (javac's
     * type inference on nested generic calls) take time exponential in that depth.
     */
    static Expr balanced(BinaryOp op, List<Expr> operands, int from, int to) {
        if (to - from == 1) return operands.get(from);
        int mid = (from + to) >>> 1;
        Expr left = balanced(op, operands, from, mid);
        Expr right = balanced(op, operands, mid, to);
        return new Ast.Binary(op, left, right, left.span().to(right.span()));
    }
}
