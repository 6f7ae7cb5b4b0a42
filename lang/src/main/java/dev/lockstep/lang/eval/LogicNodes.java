package dev.lockstep.lang.eval;

import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.List;

/**
 * The compiled forms of boolean expressions, the hot part of guards and invariants: junctions that short-circuit
 * without boxing, equality and order of values, membership (with a scan for small constant sets), and quantifiers
 * (with their domains hoisted when constant). Each computes exactly what {@link Operators} and the evaluator's
 * rules say, with the same faults at the same spans.
 */
final class LogicNodes {
    /** Constant sets up to this size are searched by a scan over their elements rather than a binary search. */
    private static final int SMALL_SET = 8;

    private LogicNodes() {}

    /** {@code a /\ b /\ ...} or {@code a \/ b \/ ...}, flattened, left to right, stopping at the first decisive one. */
    static Compiled junction(boolean and, List<Compiled> operands, Span span) {
        Compiled[] ops = operands.toArray(Compiled[]::new);
        if (ops.length == 2) {
            Compiled l = ops[0];
            Compiled r = ops[1];
            return and ? new Compiled.Predicate(span) {
                @Override
                public boolean test(Env env) { return l.test(env) && r.test(env); }
            } : new Compiled.Predicate(span) {
                @Override
                public boolean test(Env env) { return l.test(env) || r.test(env); }
            };
        }
        return new Compiled.Predicate(span) {
            @Override
            public boolean test(Env env) {
                for (Compiled op : ops) if (op.test(env) != and) return !and;
                return and;
            }
        };
    }

    static Compiled implies(Compiled l, Compiled r, Span span) {
        return new Compiled.Predicate(span) {
            @Override
            public boolean test(Env env) { return !l.test(env) || r.test(env); }
        };
    }

    /** {@code ~a}: a non-boolean operand is a wrong-kind fault at the negation (not "expected a boolean"). */
    static Compiled not(Compiled operand, Span span) {
        if (operand.alwaysBoolean()) {
            return new Compiled.Predicate(span) {
                @Override
                public boolean test(Env env) { return !operand.test(env); }
            };
        }
        return new Compiled.Predicate(span) {
            @Override
            public boolean test(Env env) { return !Kinds.bool(operand.eval(env), span); }
        };
    }

    /** {@code a = b} or {@code a /= b}; a constant side is compared without evaluating it. */
    static Compiled equality(boolean equal, Compiled l, Compiled r, Span span) {
        Value lc = l.constant();
        Value rc = r.constant();
        if (rc != null || lc != null) {
            Compiled other = rc != null ? l : r;
            Value k = rc != null ? rc : lc;
            return new Compiled.Predicate(span) {
                @Override
                public boolean test(Env env) {
                    Value v = other.eval(env);
                    return (v == k || v.equals(k)) == equal;
                }
            };
        }
        return new Compiled.Predicate(span) {
            @Override
            public boolean test(Env env) {
                Value a = l.eval(env);
                Value b = r.eval(env);
                return (a == b || a.equals(b)) == equal;
            }
        };
    }

    /**
     * An order comparison of integers, {@code <}, {@code <=}, {@code >} or {@code >=}, given by what it answers
     * when the left side is less than, equal to and greater than the right. Both sides are evaluated before either
     * is checked.
     */
    static Compiled order(boolean less, boolean equal, boolean greater, Compiled l, Compiled r, Span span) {
        return new Compiled.Predicate(span) {
            @Override
            public boolean test(Env env) {
                Value a = l.eval(env);
                Value b = r.eval(env);
                int c = Long.compare(Kinds.num(a, span), Kinds.num(b, span));
                return c < 0 ? less : c == 0 ? equal : greater;
            }
        };
    }

    /** {@code x \in S} or {@code x \notin S} over a finite set: the element first, then the set. */
    static Compiled membership(boolean in, Compiled element, Compiled set, Span span) {
        if (set.constant() instanceof SetV s && s.size() <= SMALL_SET) {
            Value[] elements = s.elements().toArray(Value[]::new);
            return new Compiled.Predicate(span) {
                @Override
                public boolean test(Env env) {
                    Value v = element.eval(env);
                    for (Value x : elements) if (x == v || x.equals(v)) return in;
                    return !in;
                }
            };
        }
        return new Compiled.Predicate(span) {
            @Override
            public boolean test(Env env) {
                Value v = element.eval(env);
                return set.set(env).contains(v) == in;
            }
        };
    }

    /** {@code x \in Nat} or {@code x \in Int}: only membership, never enumeration. */
    static Compiled infiniteMembership(boolean in, boolean nat, Compiled element, Span span) {
        return new Compiled.Predicate(span) {
            @Override
            public boolean test(Env env) {
                Value v = element.eval(env);
                boolean member = !nat || (v instanceof IntV i && i.value() >= 0);
                return member == in;
            }
        };
    }

    /**
     * {@code \A x \in S, y \in T : body} (or {@code \E}): each domain is evaluated once the variables before it are
     * bound, and the first witness (counterexample) ends the search. Constant domains are evaluated once, here.
     */
    static Compiled quantifier(boolean forall, int[] slots, Compiled[] domains, Compiled body, Span span) {
        SetV[] fixed = new SetV[domains.length];
        for (int i = 0; i < domains.length; i++) {
            if (domains[i].constant() instanceof SetV s) fixed[i] = s;
        }
        if (slots.length == 1 && fixed[0] != null) {
            SetV domain = fixed[0];
            int slot = slots[0];
            return new Compiled.Predicate(span) {
                @Override
                public boolean test(Env env) {
                    for (int k = 0; k < domain.size(); k++) {
                        env.frame[slot] = domain.get(k);
                        if (body.test(env) != forall) return !forall;
                    }
                    return forall;
                }
            };
        }
        return new Compiled.Predicate(span) {
            @Override
            public boolean test(Env env) { return level(env, 0); }

            private boolean level(Env env, int i) {
                if (i == slots.length) return body.test(env);
                SetV domain = fixed[i] != null ? fixed[i] : domains[i].set(env);
                int slot = slots[i];
                for (int k = 0; k < domain.size(); k++) {
                    env.frame[slot] = domain.get(k);
                    if (level(env, i + 1) != forall) return !forall;
                }
                return forall;
            }
        };
    }

    /**
     * A quantifier over constant domains, unrolled: {@code bodies[t]} is the body compiled for the t-th combination
     * of values, in nested-loop order. The variables are still bound in the frame, as the loops would leave them.
     */
    static Compiled unrolled(boolean forall, int[] slots, Value[][] combinations, Compiled[] bodies, Span span) {
        return new Unrolled(forall, slots, combinations, bodies, span);
    }

    /** Named, so that a test can see that a quantifier was unrolled. */
    static final class Unrolled extends Compiled.Predicate {
        private final boolean forall;
        private final int[] slots;
        private final Value[][] combinations;
        private final Compiled[] bodies;

        private Unrolled(boolean forall, int[] slots, Value[][] combinations, Compiled[] bodies, Span span) {
            super(span);
            this.forall = forall;
            this.slots = slots;
            this.combinations = combinations;
            this.bodies = bodies;
        }

        @Override
        public boolean test(Env env) {
            for (int t = 0; t < bodies.length; t++) {
                Value[] values = combinations[t];
                for (int i = 0; i < slots.length; i++) env.frame[slots[i]] = values[i];
                if (bodies[t].test(env) != forall) return !forall;
            }
            return forall;
        }
    }
}
