package dev.lockstep.invariants.prove;

import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.lockstep.invariants.lower.SpecLowering;
import dev.lockstep.invariants.lower.Vocabulary;
import dev.lockstep.invariants.smt.Smt;
import dev.lockstep.invariants.smt.Term;
import dev.lockstep.invariants.smt.Z3Terms;
import dev.lockstep.lang.eval.EvalException;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Successor;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounded model checking: unrolls Init and the steps k times, for k = 0, 1, ..., depth, and asks each time
 * whether state k can violate the invariants. The first k that can gives a shortest counterexample (k + 1
 * states), like the explorer's breadth-first search. The states are read back from Z3 and the labels found by
 * replaying each step through the evaluator, so the trace renders exactly like the explorer's.
 */
final class Bmc {
    private final ModelInstance model;
    private final SpecLowering lowering;
    private final Transitions transitions;
    private final List<CheckedSpec.Invariant> invariants;
    private final Duration timeout;

    Bmc(ModelInstance model, SpecLowering lowering, Transitions transitions, List<CheckedSpec.Invariant> invariants,
        Duration timeout) {
        this.model = model;
        this.lowering = lowering;
        this.transitions = transitions;
        this.invariants = invariants;
        this.timeout = timeout;
    }

    BmcResult run(int depth, Z3Terms z3, StateDecoder decoder) {
        long start = System.nanoTime();
        List<Vocabulary> states = new ArrayList<>();
        states.add(lowering.vocabulary("@0"));
        // A fresh solver per depth: Z3's non-incremental preprocessing (solving the post-state equalities away)
        // is much faster here than pushing and popping one incremental solver.
        List<Term> unrolled = new ArrayList<>();
        unrolled.add(lowering.initial(states.get(0)));
        for (int k = 0; ; k++) {
            Vocabulary last = states.get(k);
            Solver s = Prover.solver(z3, timeout);
            for (Term t : unrolled) s.add(z3.bool(t));
            s.add(z3.bool(Smt.not(Prover.invariants(lowering, invariants, last))));
            Status status = s.check();
            if (status == Status.UNKNOWN) {
                String r = s.getReasonUnknown();
                return new BmcResult(depth, Verdict.UNKNOWN, null, null, "at depth " + k + ": " + r, Prover.seconds(start));
            }
            if (status == Status.SATISFIABLE) return counterexample(depth, s, states, decoder, start);
            if (k == depth) break;
            Vocabulary next = lowering.vocabulary("@" + (k + 1));
            states.add(next);
            unrolled.add(lowering.constraint(last));
            List<Term> steps = new ArrayList<>();
            for (SpecLowering.Step step : lowering.steps(last, next, "@" + k)) steps.add(step.relation());
            unrolled.add(Smt.or(steps));
        }
        return new BmcResult(depth, Verdict.PROVED, null, null, null, Prover.seconds(start));
    }

    private BmcResult counterexample(int depth, Solver s, List<Vocabulary> vocabularies, StateDecoder decoder,
                                     long start) {
        List<State> states = new ArrayList<>();
        try {
            for (Vocabulary v : vocabularies) states.add(decoder.state(s.getModel(), v));
        } catch (StateDecoder.Undecodable e) {
            return new BmcResult(depth, Verdict.UNKNOWN, null, null,
                    "Z3 found a violation but its states hold " + e.getMessage(), Prover.seconds(start));
        }
        List<Trace.Step> trace = new ArrayList<>();
        if (!transitions.initialStates().contains(states.get(0))) {
            return disagreement(depth, "initial state", start);
        }
        trace.add(new Trace.Step(null, states.get(0)));
        for (int i = 1; i < states.size(); i++) {
            Label label = step(states.get(i - 1), states.get(i));
            if (label == null) return disagreement(depth, "step " + i, start);
            trace.add(new Trace.Step(label, states.get(i)));
        }
        State last = states.getLast();
        String violated = null;
        for (CheckedSpec.Invariant inv : invariants) {
            boolean ok;
            try {
                ok = transitions.satisfies(last, inv.body(), inv.frameSize());
            } catch (EvalException e) {
                ok = false;
            }
            if (!ok) {
                violated = inv.name();
                break;
            }
        }
        if (violated == null) return disagreement(depth, "the violation in the last state", start);
        return new BmcResult(depth, Verdict.VIOLATED, violated, trace, null, Prover.seconds(start));
    }

    /** The label of a step from {@code from} to {@code to}, replayed through the spec's successor function. */
    private Label step(State from, State to) {
        try {
            List<Successor> steps = transitions.stepsBetween(from, to);
            return steps.isEmpty() ? null : steps.get(0).label();
        } catch (EvalException e) {
            return null;
        }
    }

    private BmcResult disagreement(int depth, String where, long start) {
        return new BmcResult(depth, Verdict.UNKNOWN, null, null, "the counterexample's " + where
                + " does not replay through the evaluator (the encoding disagrees with it: a Lockstep bug)",
                Prover.seconds(start));
    }
}
