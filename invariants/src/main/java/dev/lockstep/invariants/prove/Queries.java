package dev.lockstep.invariants.prove;

import dev.lockstep.invariants.lower.SpecLowering;
import dev.lockstep.invariants.lower.Vocabulary;
import dev.lockstep.invariants.smt.Smt;
import dev.lockstep.invariants.smt.SmtLib;
import dev.lockstep.invariants.smt.Term;
import dev.lockstep.lang.ir.CheckedSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The proof obligations as lists of assertions, each satisfiable exactly when the obligation fails:
 * initiation {@code Init /\ ~Inv}, consecution {@code Constraint /\ Inv /\ Step /\ ~Inv'}. They are built here
 * once and either solved by {@link Prover} or printed as SMT-LIB.
 */
public final class Queries {
    private final SpecLowering lowering;
    private final List<CheckedSpec.Invariant> invariants;
    private final Vocabulary pre;
    private final Vocabulary post;
    private List<SpecLowering.Step> steps;

    public Queries(SpecLowering lowering, List<CheckedSpec.Invariant> invariants) {
        this.lowering = lowering;
        this.invariants = List.copyOf(invariants);
        this.pre = lowering.vocabulary("");
        this.post = lowering.vocabulary("'");
    }

    public Vocabulary pre() { return pre; }

    public Vocabulary post() { return post; }

    public List<CheckedSpec.Invariant> invariants() { return invariants; }

    /** Every step of the model from {@link #pre()} to {@link #post()}. */
    public List<SpecLowering.Step> steps() {
        if (steps == null) steps = lowering.steps(pre, post, "");
        return steps;
    }

    private final java.util.Map<Vocabulary, Term> invariantTerms = new java.util.IdentityHashMap<>();

    /** The conjunction of the invariants over a state; lowered once per state, shared by every query. */
    public Term invariants(Vocabulary s) {
        return invariantTerms.computeIfAbsent(s, this::lowerInvariants);
    }

    private Term lowerInvariants(Vocabulary s) {
        List<Term> parts = new ArrayList<>();
        for (CheckedSpec.Invariant inv : invariants) parts.add(lowering.invariant(inv, s));
        return Smt.and(parts);
    }

    public List<Term> initiation(CheckedSpec.Invariant inv) {
        return List.of(lowering.initial(pre), Smt.not(lowering.invariant(inv, pre)));
    }

    public List<Term> consecution(SpecLowering.Step step) {
        return List.of(lowering.constraint(pre), invariants(pre), step.relation(), Smt.not(invariants(post)));
    }

    /**
     * A transition property per step, under the invariants: {@code Constraint /\ Inv /\ Step /\ changed /\ ~P}.
     * {@code changed} (some slot differs) exempts stuttering, as TLA+'s {@code [][P]_vars} and the explorer do.
     */
    public List<Term> transition(SpecLowering.Step step, CheckedSpec.Property p) {
        List<Term> differs = new ArrayList<>();
        for (int i = 0; i < pre.size(); i++) {
            if (pre.slot(i) != null) differs.add(Smt.not(Smt.eq(pre.slot(i), post.slot(i))));
        }
        return List.of(lowering.constraint(pre), invariants(pre), step.relation(), Smt.or(differs),
                Smt.not(lowering.transition(p, pre, post)));
    }

    public String initiationScript(CheckedSpec.Invariant inv) {
        return SmtLib.script("initiation of " + inv.name() + " in model " + lowering.model().model().name()
                + "\nunsat means: every initial state satisfies it", initiation(inv));
    }

    public String consecutionScript(SpecLowering.Step step) {
        String names = String.join(", ", invariants.stream().map(CheckedSpec.Invariant::name).toList());
        return SmtLib.script("consecution of " + names + " for step " + step.show() + " in model "
                + lowering.model().model().name() + "\nunsat means: the step preserves the invariants",
                consecution(step));
    }
}
