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
            case NOT -> BoolV.of(!Kinds.bool(v, u.span()));
            case NEG -> {
                try {
                    yield IntV.of(Math.negateExact(Kinds.num(v, u.span())));
                } catch (ArithmeticException e) {
                    throw fault(Code.OVERFLOW, u.span(), "integer overflow beyond 64 bits in -(" + v.show() + ")");
                }
            }
            case DOMAIN -> v instanceof SeqV s ? range(1, s.size(), u.span()) : Kinds.fn(v, u.span()).domain();
            case SUBSET -> powerset(Kinds.set(v, u.span()), u.span());
            case UNION -> {
                SetV outer = Kinds.set(v, u.span());
                SetV result = SetV.EMPTY;
                for (int i = 0; i < outer.size(); i++) result = result.union(Kinds.set(outer.get(i), u.span()));
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
        Span s = b.span();
        return switch (b.op()) {
            case EQUIV -> BoolV.of(Kinds.bool(l, s) == Kinds.bool(r, s));
            case EQ -> BoolV.of(l.equals(r));
            case NEQ -> BoolV.of(!l.equals(r));
            case LT -> BoolV.of(Kinds.num(l, s) < Kinds.num(r, s));
            case LE -> BoolV.of(Kinds.num(l, s) <= Kinds.num(r, s));
            case GT -> BoolV.of(Kinds.num(l, s) > Kinds.num(r, s));
            case GE -> BoolV.of(Kinds.num(l, s) >= Kinds.num(r, s));
            case SUBSETEQ -> BoolV.of(Kinds.set(l, s).isSubsetOf(Kinds.set(r, s)));
            case CUP -> Kinds.set(l, s).union(Kinds.set(r, s));
            case CAP -> Kinds.set(l, s).intersect(Kinds.set(r, s));
            case SETMINUS -> Kinds.set(l, s).minus(Kinds.set(r, s));
            case PLUS -> IntV.of(Math.addExact(Kinds.num(l, s), Kinds.num(r, s)));
            case MINUS -> IntV.of(Math.subtractExact(Kinds.num(l, s), Kinds.num(r, s)));
            case TIMES -> IntV.of(Math.multiplyExact(Kinds.num(l, s), Kinds.num(r, s)));
            case DIV -> {
                if (Kinds.num(r, s) == 0) throw fault(Code.DIVISION_BY_ZERO, b.span(), "division by zero");
                if (Kinds.num(l, s) == Long.MIN_VALUE && Kinds.num(r, s) == -1) throw new ArithmeticException("overflow");
                yield IntV.of(Math.floorDiv(Kinds.num(l, s), Kinds.num(r, s)));
            }
            case MOD -> {
                if (Kinds.num(r, s) == 0) throw fault(Code.DIVISION_BY_ZERO, b.span(), "modulo by zero");
                yield IntV.of(Math.floorMod(Kinds.num(l, s), Kinds.num(r, s)));
            }
            case RANGE -> range(Kinds.num(l, s), Kinds.num(r, s), b.span());
            case CONCAT -> Kinds.seq(l, s).concat(Kinds.seq(r, s));
            case SINGLETON_MAP -> new FnV(new Value[] {l}, new Value[] {r});
            case MERGE_MAP -> merge(l, r, s);
            case FN_SET -> functionSet(Kinds.set(l, s), Kinds.set(r, s), s);
            case AND, OR, IMPLIES, IN, NOTIN, LEADSTO -> throw new IllegalStateException("handled by the evaluator");
        };
    }

    /** {@code f @@ g}: f's values win where both are defined. */
    private static Value merge(Value l, Value r, Span span) {
        FnV f = asFn(l, span);
        FnV result = asFn(r, span);
        for (int i = 0; i < f.size(); i++) result = result.with(f.key(i), f.value(i));
        return result;
    }

    private static FnV asFn(Value v, Span span) {
        if (v instanceof FnV f) return f;
        if (!(v instanceof SeqV s)) throw Kinds.wrongKind("a function or a sequence", v, span);
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
        if (!(fn instanceof SeqV s)) throw Kinds.wrongKind("a function or a sequence", fn, span);
        if (arg instanceof IntV i && i.value() >= 1 && i.value() <= s.size()) return s.get((int) i.value() - 1);
        throw fault(Code.FUNCTION_OUTSIDE_DOMAIN, span, "index " + arg.show() + " is outside 1.." + s.size());
    }

    Value builtin(Expr.BuiltinCall call, Value[] args) {
        Span span = call.span();
        return switch (call.fn()) {
            case CARDINALITY -> IntV.of(Kinds.set(args[0], span).size());
            case LEN -> IntV.of(Kinds.seq(args[0], span).size());
            case APPEND -> Kinds.seq(args[0], span).append(args[1]);
            case HEAD -> {
                SeqV s = Kinds.seq(args[0], span);
                if (s.size() == 0) throw fault(Code.EMPTY_SEQUENCE, span, "Head of the empty sequence");
                yield s.get(0);
            }
            case TAIL -> {
                SeqV s = Kinds.seq(args[0], span);
                if (s.size() == 0) throw fault(Code.EMPTY_SEQUENCE, span, "Tail of the empty sequence");
                yield s.slice(1, s.size());
            }
            case SUBSEQ -> {
                SeqV s = Kinds.seq(args[0], span);
                long m = Kinds.num(args[1], span);
                long n = Kinds.num(args[2], span);
                if (m > n) yield SeqV.EMPTY;
                if (m < 1 || n > s.size()) {
                    throw fault(Code.FUNCTION_OUTSIDE_DOMAIN, span, "SubSeq(s, " + m + ", " + n
                            + ") is outside 1.." + s.size());
                }
                yield s.slice((int) m - 1, (int) n);
            }
            case MIN, MAX -> {
                SetV s = Kinds.set(args[0], span);
                if (s.size() == 0) throw fault(Code.EVALUATION_FAULT, span, call.fn().spelling() + " of the empty set");
                // Sets are sorted, and ints order numerically.
                yield call.fn() == dev.lockstep.lang.ir.Builtin.MIN ? s.get(0) : s.get(s.size() - 1);
            }
        };
    }

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

    /** {@code [S -> T]}: every function from S to T, |T|^|S| of them; refused (LS707) beyond the enumeration limit. */
    private static SetV functionSet(SetV domain, SetV range, Span span) {
        double count = Math.pow(range.size(), domain.size());
        if (count > Evaluator.MAX_ENUMERATION) {
            throw fault(Code.NOT_ENUMERABLE, span, "[S -> T] with " + domain.size() + " arguments and "
                    + range.size() + " values has " + range.size() + "^" + domain.size() + " functions, too many"
                    + " to enumerate");
        }
        Value[] keys = domain.elements().toArray(Value[]::new);
        Value[] out = new Value[(int) count];
        int[] digits = new int[keys.length];
        for (int n = 0; n < out.length; n++) {
            Value[] values = new Value[keys.length];
            for (int i = 0; i < keys.length; i++) values[i] = range.get(digits[i]);
            out[n] = new FnV(keys, values);
            // The next combination: the last argument varies fastest.
            for (int i = keys.length - 1; i >= 0 && ++digits[i] == range.size(); i--) digits[i] = 0;
        }
        return SetV.fromArray(out);
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
