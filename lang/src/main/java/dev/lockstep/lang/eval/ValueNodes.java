package dev.lockstep.lang.eval;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiled forms of expressions that build or take apart values: set, function, record and tuple
 * constructors, comprehensions, application, field access, EXCEPT and CHOOSE. Each computes what the language
 * reference says, in the evaluation order and with the faults the evaluator always had.
 */
final class ValueNodes {
    private ValueNodes() {}

    /** Variables bound in turn, each to every element of its domain (evaluated once the ones before are bound). */
    record Binder(int[] slots, Compiled[] domains) {
        void forEach(Env env, Runnable body) { forEach(env, 0, body); }

        private void forEach(Env env, int i, Runnable body) {
            if (i == slots.length) {
                body.run();
                return;
            }
            SetV domain = domains[i].set(env);
            for (int k = 0; k < domain.size(); k++) {
                env.frame[slots[i]] = domain.get(k);
                forEach(env, i + 1, body);
            }
        }
    }

    static Compiled setLiteral(Compiled[] elements, Span span) {
        return new Compiled(span) {
            @Override
            public Value eval(Env env) { return SetV.fromArray(all(elements, env)); }
        };
    }

    static Compiled tuple(Compiled[] elements, Span span) {
        return new Compiled(span) {
            @Override
            public Value eval(Env env) { return new SeqV(all(elements, env)); }
        };
    }

    /** A record of the sorted field {@code names}; the names array is shared by every record built here. */
    static Compiled record(String[] names, Compiled[] values, Span span) {
        return new Compiled(span) {
            @Override
            public Value eval(Env env) { return new RecordV(names, all(values, env)); }
        };
    }

    /** {@code {x \in S : p}}. */
    static Compiled filter(int slot, Compiled domain, Compiled predicate, Span span) {
        return new Compiled(span) {
            @Override
            public Value eval(Env env) {
                SetV set = domain.set(env);
                List<Value> out = new ArrayList<>();
                for (int i = 0; i < set.size(); i++) {
                    env.frame[slot] = set.get(i);
                    if (predicate.test(env)) out.add(set.get(i));
                }
                return SetV.ofSorted(out.toArray(Value[]::new));
            }
        };
    }

    /** {@code {e : x \in S, ...}}. */
    static Compiled map(Binder binder, Compiled body, Span span) {
        return new Compiled(span) {
            @Override
            public Value eval(Env env) {
                List<Value> out = new ArrayList<>();
                binder.forEach(env, () -> out.add(body.eval(env)));
                return SetV.of(out);
            }
        };
    }

    /** {@code [x \in S |-> e]}; with several variables the keys are tuples. */
    static Compiled function(Binder binder, Compiled body, Span span) {
        if (binder.slots().length == 1) {
            int slot = binder.slots()[0];
            Compiled domain = binder.domains()[0];
            return new Compiled(span) {
                @Override
                public Value eval(Env env) {
                    SetV set = domain.set(env);
                    Value[] keys = new Value[set.size()];
                    Value[] values = new Value[set.size()];
                    for (int k = 0; k < keys.length; k++) {
                        keys[k] = set.get(k);
                        env.frame[slot] = keys[k];
                        values[k] = body.eval(env);
                    }
                    return new FnV(keys, values);
                }
            };
        }
        int[] slots = binder.slots();
        return new Compiled(span) {
            @Override
            public Value eval(Env env) {
                List<Value> keys = new ArrayList<>();
                List<Value> values = new ArrayList<>();
                binder.forEach(env, () -> {
                    Value[] key = new Value[slots.length];
                    for (int i = 0; i < key.length; i++) key[i] = env.frame[slots[i]];
                    keys.add(new SeqV(key));
                    values.add(body.eval(env));
                });
                FnV result = FnV.EMPTY;
                for (int i = 0; i < keys.size(); i++) result = result.with(keys.get(i), values.get(i));
                return result;
            }
        };
    }

    /** CHOOSE picks the least witness in the canonical value order, so it is deterministic. */
    static Compiled choose(int slot, Compiled domain, Compiled body, Span span) {
        return new Compiled(span) {
            @Override
            public Value eval(Env env) {
                SetV set = domain.set(env);
                for (int k = 0; k < set.size(); k++) {
                    env.frame[slot] = set.get(k);
                    if (body.test(env)) return set.get(k);
                }
                throw Evaluator.fault(Code.CHOOSE_FAILED, span, set.size() == 0 ? "CHOOSE over the empty set"
                        : "no element of " + set.show() + " satisfies the CHOOSE condition");
            }
        };
    }

    static Compiled apply(Operators ops, Compiled function, Compiled arg, Span span) {
        return new Compiled(span) {
            @Override
            public Value eval(Env env) {
                Value f = function.eval(env);
                return ops.apply(f, arg.eval(env), span);
            }
        };
    }

    /**
     * {@code r.f}. {@code guess} is where the field sits in records of the target's static type (-1 if unknown):
     * checked by name on each record, so a record of another shape is still read right, only more slowly.
     */
    static Compiled field(Compiled target, String field, int guess, Span span) {
        return new Compiled(span) {
            @Override
            public Value eval(Env env) {
                Value t = target.eval(env);
                RecordV r = Kinds.record(t, span);
                if (guess >= 0 && guess < r.size() && r.name(guess) == field) return r.value(guess);
                Value v = r.get(field);
                if (v == null) throw Evaluator.fault(Code.EVALUATION_FAULT, span, t.show() + " has no field " + field);
                return v;
            }
        };
    }

    /** One step of an EXCEPT path: a field name, or an index (then {@code index} is its compiled expression). */
    record PathStep(String field, Compiled index) {}

    /** One {@code ![a].f = v} clause: {@code value} reads the old value at the path from slot {@code atSlot}. */
    record Update(PathStep[] path, Compiled value, int atSlot) {}

    static Compiled except(Operators ops, Compiled base, Update[] updates, Span span) {
        return new Compiled(span) {
            @Override
            public Value eval(Env env) {
                Value result = base.eval(env);
                for (Update u : updates) result = update(ops, result, u, 0, env, span);
                return result;
            }
        };
    }

    private static Value update(Operators ops, Value current, Update u, int depth, Env env, Span span) {
        if (depth == u.path().length) {
            env.frame[u.atSlot()] = current;
            return u.value().eval(env);
        }
        PathStep step = u.path()[depth];
        if (step.index() == null) {
            RecordV r = Kinds.record(current, span);
            Value old = r.get(step.field());
            if (old == null) {
                throw Evaluator.fault(Code.EVALUATION_FAULT, span, r.show() + " has no field " + step.field());
            }
            return r.with(step.field(), update(ops, old, u, depth + 1, env, span));
        }
        Value key = step.index().eval(env);
        Value old = ops.apply(current, key, step.index().span);
        Value replacement = update(ops, old, u, depth + 1, env, span);
        // ops.apply has checked that current is a function or a sequence and key is in its domain.
        if (current instanceof SeqV seq) return seq.with((int) ((IntV) key).value() - 1, replacement);
        return ((FnV) current).with(key, replacement);
    }

    /** Evaluates each of {@code parts}, in order, into a fresh array. */
    static Value[] all(Compiled[] parts, Env env) {
        Value[] out = new Value[parts.length];
        for (int i = 0; i < out.length; i++) out[i] = parts[i].eval(env);
        return out;
    }
}
