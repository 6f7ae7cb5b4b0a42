package dev.lockstep.lang.eval;

import static dev.lockstep.lang.eval.Evaluator.fault;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;

/** Operators on already-evaluated values. Integer arithmetic is exact: overflow is an error, never a wrap. */
final class Operators {

    Value unary(Expr.Unary u, Value v) {
        return switch (u.op()) {
            case NOT -> BoolV.of(!((BoolV) v).value());
            case NEG -> {
                try {
                    yield IntV.of(Math.negateExact(((IntV) v).value()));
                } catch (ArithmeticException e) {
                    throw fault(Code.OVERFLOW, u.span(), "integer overflow beyond 64 bits in -(" + v.show() + ")");
                }
            }
            case DOMAIN -> v instanceof SeqV s ? range(1, s.size(), u.span()) : ((FnV) v).domain();
            case SUBSET -> powerset((SetV) v, u.span());
            case UNION -> {
                SetV outer = (SetV) v;
                SetV result = SetV.EMPTY;
                for (int i = 0; i < outer.size(); i++) result = result.union((SetV) outer.get(i));
                yield result;
            }
            case ALWAYS, EVENTUALLY -> throw fault(Code.EVALUATION_FAULT, u.span(),
                    u.op().symbol() + " is temporal; TLC checks properties");
        };
    }

    Value binary(Expr.Binary b, Value l, Value r) {
        try {
            return arithmetic(b, l, r);
        } catch (ArithmeticException e) {
            // Reported here rather than at the root of the evaluation, so the span is the operator that overflowed.
            throw fault(Code.OVERFLOW, b.span(), "integer overflow beyond 64 bits in " + l.show() + " "
                    + b.op().symbol() + " " + r.show());
        }
    }

    private Value arithmetic(Expr.Binary b, Value l, Value r) {
        return switch (b.op()) {
            case EQUIV -> BoolV.of(((BoolV) l).value() == ((BoolV) r).value());
            case EQ -> BoolV.of(l.equals(r));
            case NEQ -> BoolV.of(!l.equals(r));
            case LT -> BoolV.of(num(l) < num(r));
            case LE -> BoolV.of(num(l) <= num(r));
            case GT -> BoolV.of(num(l) > num(r));
            case GE -> BoolV.of(num(l) >= num(r));
            case SUBSETEQ -> BoolV.of(((SetV) l).isSubsetOf((SetV) r));
            case CUP -> ((SetV) l).union((SetV) r);
            case CAP -> ((SetV) l).intersect((SetV) r);
            case SETMINUS -> ((SetV) l).minus((SetV) r);
            case PLUS -> IntV.of(Math.addExact(num(l), num(r)));
            case MINUS -> IntV.of(Math.subtractExact(num(l), num(r)));
            case TIMES -> IntV.of(Math.multiplyExact(num(l), num(r)));
            case DIV -> {
                if (num(r) == 0) throw fault(Code.DIVISION_BY_ZERO, b.span(), "division by zero");
                if (num(l) == Long.MIN_VALUE && num(r) == -1) throw new ArithmeticException("overflow");
                yield IntV.of(Math.floorDiv(num(l), num(r)));
            }
            case MOD -> {
                if (num(r) == 0) throw fault(Code.DIVISION_BY_ZERO, b.span(), "modulo by zero");
                yield IntV.of(Math.floorMod(num(l), num(r)));
            }
            case RANGE -> range(num(l), num(r), b.span());
            case CONCAT -> ((SeqV) l).concat((SeqV) r);
            case SINGLETON_MAP -> new FnV(new Value[] {l}, new Value[] {r});
            case MERGE_MAP -> merge(l, r);
            case AND, OR, IMPLIES, IN, NOTIN, LEADSTO -> throw new IllegalStateException("handled by the evaluator");
        };
    }

    /** {@code f @@ g}: f's values win where both are defined. */
    private static Value merge(Value l, Value r) {
        FnV f = asFn(l);
        FnV result = asFn(r);
        for (int i = 0; i < f.size(); i++) result = result.with(f.key(i), f.value(i));
        return result;
    }

    private static FnV asFn(Value v) {
        if (v instanceof FnV f) return f;
        SeqV s = (SeqV) v;
        FnV out = FnV.EMPTY;
        for (int i = 0; i < s.size(); i++) out = out.with(IntV.of(i + 1), s.get(i));
        return out;
    }

    Value apply(Value fn, Value arg, Span span) {
        if (fn instanceof FnV f) {
            Value v = f.get(arg);
            if (v == null) {
                throw fault(Code.FUNCTION_OUTSIDE_DOMAIN, span, "function applied to " + arg.show()
                        + ", which is outside its domain " + f.domain().show());
            }
            return v;
        }
        SeqV s = (SeqV) fn;
        if (arg instanceof IntV i && i.value() >= 1 && i.value() <= s.size()) return s.get((int) i.value() - 1);
        throw fault(Code.FUNCTION_OUTSIDE_DOMAIN, span, "index " + arg.show() + " is outside 1.." + s.size());
    }

    Value builtin(Expr.BuiltinCall call, Value[] args) {
        Span span = call.span();
        return switch (call.fn()) {
            case CARDINALITY -> IntV.of(((SetV) args[0]).size());
            case LEN -> IntV.of(((SeqV) args[0]).size());
            case APPEND -> ((SeqV) args[0]).append(args[1]);
            case HEAD -> {
                SeqV s = (SeqV) args[0];
                if (s.size() == 0) throw fault(Code.EMPTY_SEQUENCE, span, "Head of the empty sequence");
                yield s.get(0);
            }
            case TAIL -> {
                SeqV s = (SeqV) args[0];
                if (s.size() == 0) throw fault(Code.EMPTY_SEQUENCE, span, "Tail of the empty sequence");
                yield s.slice(1, s.size());
            }
            case SUBSEQ -> {
                SeqV s = (SeqV) args[0];
                long m = num(args[1]);
                long n = num(args[2]);
                if (m > n) yield SeqV.EMPTY;
                if (m < 1 || n > s.size()) {
                    throw fault(Code.FUNCTION_OUTSIDE_DOMAIN, span, "SubSeq(s, " + m + ", " + n
                            + ") is outside 1.." + s.size());
                }
                yield s.slice((int) m - 1, (int) n);
            }
            case MIN, MAX -> {
                SetV s = (SetV) args[0];
                if (s.size() == 0) throw fault(Code.EVALUATION_FAULT, span, call.fn().spelling() + " of the empty set");
                // Sets are sorted, and ints order numerically.
                yield call.fn() == dev.lockstep.lang.ir.Builtin.MIN ? s.get(0) : s.get(s.size() - 1);
            }
        };
    }

    private static long num(Value v) { return ((IntV) v).value(); }

    private static SetV range(long lo, long hi, Span span) {
        if (hi < lo) return SetV.EMPTY;
        // hi - lo may overflow a signed long, but as an unsigned number it is the exact difference.
        if (Long.compareUnsigned(hi - lo, Evaluator.MAX_ENUMERATION) >= 0) {
            throw fault(Code.NOT_ENUMERABLE, span, lo + ".." + hi + " has too many elements to enumerate");
        }
        Value[] out = new Value[(int) (hi - lo + 1)];
        for (int i = 0; i < out.length; i++) out[i] = IntV.of(lo + i);
        return SetV.ofSorted(out);
    }

    private static SetV powerset(SetV s, Span span) {
        if (s.size() > 20) throw fault(Code.NOT_ENUMERABLE, span, "SUBSET of a set of " + s.size() + " elements");
        Value[] out = new Value[1 << s.size()];
        for (int mask = 0; mask < out.length; mask++) {
            SetV subset = SetV.EMPTY;
            for (int i = 0; i < s.size(); i++) if ((mask & (1 << i)) != 0) subset = subset.with(s.get(i));
            out[mask] = subset;
        }
        return SetV.fromArray(out);
    }
}
