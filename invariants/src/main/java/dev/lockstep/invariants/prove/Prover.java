package dev.lockstep.invariants.prove;

import com.microsoft.z3.Context;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.lockstep.invariants.lower.IntDomain;
import dev.lockstep.invariants.lower.SpecLowering;
import dev.lockstep.invariants.lower.Vocabulary;
import dev.lockstep.invariants.smt.Smt;
import dev.lockstep.invariants.smt.Term;
import dev.lockstep.invariants.smt.Z3Terms;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
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
import java.util.Objects;

/**
 * Proves a model's invariants with Z3: initiation per invariant, consecution of their conjunction per step, and
 * optionally bounded model checking. Every counterexample Z3 finds is read back as spec states and replayed
 * through the evaluator ({@link Transitions}) before it is reported; one that does not replay is reported as
 * UNKNOWN with the reason, never as a finding.
 */
public final class Prover {
    /** {@code invariants} empty: the ones the model checks. {@code bmcDepth} < 0: no bounded model checking. */
    public record Options(List<String> invariants, int bmcDepth, Duration timeout) {
        public static Options defaults() { return new Options(List.of(), -1, Duration.ofSeconds(30)); }
    }

    private final ModelInstance model;
    private final Options options;
    /** The exact lowering; replaced by the int-bounded one once TypeOK is proved. */
    private SpecLowering lowering;
    private final Transitions transitions;

    private Prover(ModelInstance model, Options options) {
        this.model = model;
        this.options = options;
        this.lowering = new SpecLowering(model);
        this.transitions = new Transitions(model);
    }

    /** The report, or the diagnostics that stopped the run (unknown invariants, constructs outside the fragment). */
    public static Result<ProveReport> prove(ModelInstance model, Options options) {
        List<Diagnostic> problems = new ArrayList<>();
        List<CheckedSpec.Property> steps = new ArrayList<>();
        List<CheckedSpec.Invariant> invariants = select(model, options.invariants(), steps, problems);
        if (!problems.isEmpty()) return Result.failed(problems);
        Prover p = new Prover(model, options);
        List<Diagnostic> fragment = FragmentCheck.check(p.lowering, invariants, steps);
        if (!fragment.isEmpty()) return Result.failed(fragment);
        return Result.ok(p.run(invariants, steps));
    }

    /**
     * The invariants to prove: those named, or those the model checks; the transition properties named (or checked
     * by the model) go to {@code steps}, each proved per step under the invariants.
     */
    public static List<CheckedSpec.Invariant> select(ModelInstance model, List<String> names,
                                                     List<CheckedSpec.Property> steps, List<Diagnostic> problems) {
        CheckedSpec spec = model.spec();
        List<String> wanted = new ArrayList<>(names.isEmpty() ? model.model().invariants() : names);
        if (names.isEmpty()) {
            for (CheckedSpec.Property p : spec.transitionProperties()) {
                if (model.model().properties().contains(p.name())) wanted.add(p.name());
            }
        }
        List<CheckedSpec.Invariant> out = new ArrayList<>();
        for (String name : wanted) {
            var inv = spec.invariants().stream().filter(i -> i.name().equals(name)).findFirst();
            var step = spec.transitionProperties().stream().filter(p -> p.name().equals(name)).findFirst();
            if (inv.isPresent()) {
                out.add(inv.get());
            } else if (step.isPresent()) {
                steps.add(step.get());
            } else {
                problems.add(Diagnostic.error(Code.UNKNOWN_CHECK, spec.file().span(0, 0), "spec " + spec.name()
                        + " has no invariant '" + name + "'", "its invariants are "
                        + spec.invariants().stream().map(CheckedSpec.Invariant::name).toList()));
            }
        }
        if (out.isEmpty() && steps.isEmpty() && problems.isEmpty()) {
            problems.add(Diagnostic.error(Code.UNKNOWN_CHECK, model.model().span(), "model " + model.model().name()
                    + " checks no invariant, so there is nothing to prove", "name one with --invariant"));
        }
        return out;
    }

    private ProveReport run(List<CheckedSpec.Invariant> invariants, List<CheckedSpec.Property> properties) {
        long start = System.nanoTime();
        List<QueryResult> results = new ArrayList<>();
        BmcResult bmc = null;
        try (Context ctx = new Context()) {
            Z3Terms z3 = new Z3Terms(ctx);
            StateDecoder decoder = new StateDecoder(model, lowering.sorts(), z3);
            String domain = boundInts(z3, results);
            decoder = new StateDecoder(model, lowering.sorts(), z3);
            Queries queries = new Queries(lowering, invariants);
            for (CheckedSpec.Invariant inv : invariants) results.add(initiation(queries, inv, z3, decoder));
            if (!invariants.isEmpty()) {
                for (SpecLowering.Step step : queries.steps()) results.add(consecution(queries, step, z3, decoder));
            }
            for (CheckedSpec.Property p : properties) {
                for (SpecLowering.Step step : queries.steps()) results.add(transition(queries, step, p, z3, decoder));
            }
            if (options.bmcDepth() >= 0) bmc = new Bmc(model, lowering, transitions, invariants, options.timeout())
                    .run(options.bmcDepth(), z3, decoder);
        }
        List<String> names = new ArrayList<>(invariants.stream().map(CheckedSpec.Invariant::name).toList());
        properties.forEach(p -> names.add(p.name()));
        return new ProveReport(model.spec().name(), model.model().name(), names, results, bmc, seconds(start));
    }

    /**
     * When the state holds ints, tries to bound them: proves TypeOK (every int in the state lies in the
     * domain {@link IntDomain#infer} guesses) inductive, with real quantifiers over the integers. On success the
     * TypeOK rows join the results and the rest of the run uses the bounded lowering; otherwise the rows are
     * dropped and ints stay unbounded (more quantifiers, slower, but still sound).
     */
    private String boundInts(Z3Terms z3, List<QueryResult> results) {
        if (!IntDomain.stateHasInts(model.spec())) return null;
        List<dev.lockstep.lang.value.Value> domain = IntDomain.infer(model);
        if (domain.isEmpty()) return null;
        SpecLowering bounded;
        List<QueryResult> rows = new ArrayList<>();
        try {
            bounded = new SpecLowering(model, domain);
            Vocabulary pre = bounded.vocabulary("");
            Vocabulary post = bounded.vocabulary("'");
            Term okPre = IntDomain.typeOk(model, bounded.sorts(), pre, domain, false);
            Term okPost = IntDomain.typeOk(model, bounded.sorts(), post, domain, false);
            String name = "TypeOK(ints in " + domain.stream().map(dev.lockstep.lang.value.Value::show).toList() + ")";
            rows.add(typing("Init => " + name, List.of(lowering.initial(pre), Smt.not(okPre)), z3));
            for (SpecLowering.Step step : bounded.steps(pre, post, "")) {
                rows.add(typing(name + ": " + step.show(), List.of(okPre, step.relation(), Smt.not(okPost)), z3));
            }
        } catch (dev.lockstep.invariants.lower.Unsupported e) {
            return null;
        }
        if (rows.stream().anyMatch(r -> r.verdict() != Verdict.PROVED)) return null;
        results.addAll(rows);
        lowering = bounded;
        return domain.toString();
    }

    private QueryResult typing(String subject, List<Term> assertions, Z3Terms z3) {
        long start = System.nanoTime();
        Solver s = solver(z3, options.timeout());
        for (Term t : assertions) s.add(z3.bool(t));
        Status status = s.check();
        Verdict v = status == Status.UNSATISFIABLE ? Verdict.PROVED : status == Status.SATISFIABLE ? Verdict.CTI
                : Verdict.UNKNOWN;
        return new QueryResult(QueryResult.Kind.TYPING, subject, v, v == Verdict.UNKNOWN ? unknownReason(s) : null,
                null, null, seconds(start));
    }

    static Solver solver(Z3Terms z3, Duration timeout) {
        Context ctx = z3.context();
        Solver s = ctx.mkSolver();
        Params p = ctx.mkParams();
        p.add("timeout", (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        s.setParameters(p);
        return s;
    }

    static double seconds(long startNanos) { return (System.nanoTime() - startNanos) / 1e9; }

    private QueryResult initiation(Queries q, CheckedSpec.Invariant inv, Z3Terms z3, StateDecoder decoder) {
        long start = System.nanoTime();
        Solver s = solver(z3, options.timeout());
        for (Term t : q.initiation(inv)) s.add(z3.bool(t));
        Status status = s.check();
        String subject = "Init => " + inv.name();
        if (status == Status.UNSATISFIABLE) {
            return new QueryResult(QueryResult.Kind.INITIATION, subject, Verdict.PROVED, null, null, null, seconds(start));
        }
        if (status == Status.UNKNOWN) {
            return new QueryResult(QueryResult.Kind.INITIATION, subject, Verdict.UNKNOWN, unknownReason(s), null, null,
                    seconds(start));
        }
        State init;
        try {
            init = decoder.state(s.getModel(), q.pre());
        } catch (StateDecoder.Undecodable e) {
            return new QueryResult(QueryResult.Kind.INITIATION, subject, Verdict.UNKNOWN,
                    "Z3 found a violating initial state, but it holds " + e.getMessage(), null, null, seconds(start));
        }
        // Confirm with the evaluator: the state is initial and violates the invariant.
        boolean confirmed = transitions.initialStates().contains(init) && !holds(init, inv);
        if (!confirmed) {
            return new QueryResult(QueryResult.Kind.INITIATION, subject, Verdict.UNKNOWN,
                    "the encoding disagrees with the evaluator on an initial state (a Lockstep bug)", null, init,
                    seconds(start));
        }
        return new QueryResult(QueryResult.Kind.INITIATION, subject, Verdict.VIOLATED, null, null, init, seconds(start));
    }

    private QueryResult consecution(Queries q, SpecLowering.Step step, Z3Terms z3, StateDecoder decoder) {
        return stepQuery(QueryResult.Kind.CONSECUTION, step.show(), q.consecution(step), q, z3,
                m -> cti(q, step, m, z3, decoder));
    }

    /**
     * Transition property {@code p} for one step, assuming the invariants before it: proved, or a step from a
     * state satisfying the invariants that breaks {@code p}, decoded and confirmed by the evaluator.
     */
    private QueryResult transition(Queries q, SpecLowering.Step step, CheckedSpec.Property p, Z3Terms z3,
                                   StateDecoder decoder) {
        return stepQuery(QueryResult.Kind.TRANSITION, p.name() + " at " + step.show(), q.transition(step, p), q, z3,
                m -> brokenStep(q, step, p, m, decoder));
    }

    /**
     * One query about a step: proved when unsatisfiable, unknown with Z3's reason, else the counterexample read
     * out of Z3's model (shrunk first), which counts only when the evaluator confirmed it.
     */
    private QueryResult stepQuery(QueryResult.Kind kind, String subject, List<Term> assertions, Queries q, Z3Terms z3,
                                  java.util.function.Function<Model, Cti> counterexample) {
        long start = System.nanoTime();
        Solver s = solver(z3, options.timeout());
        for (Term t : assertions) s.add(z3.bool(t));
        Status status = s.check();
        if (status == Status.UNSATISFIABLE) {
            return new QueryResult(kind, subject, Verdict.PROVED, null, null, null, seconds(start));
        }
        if (status == Status.UNKNOWN) {
            return new QueryResult(kind, subject, Verdict.UNKNOWN, unknownReason(s), null, null, seconds(start));
        }
        shrink(s, q.pre(), z3);
        Cti cti = counterexample.apply(s.getModel());
        return new QueryResult(kind, subject, cti.replayed() ? Verdict.CTI : Verdict.UNKNOWN,
                cti.replayed() ? null : cti.note(), cti, null, seconds(start));
    }

    /** A step that breaks transition property {@code p}, as spec states, confirmed by the evaluator or not. */
    private Cti brokenStep(Queries q, SpecLowering.Step step, CheckedSpec.Property p, Model m, StateDecoder decoder) {
        ReplayedStep r;
        try {
            r = replayedStep(q, step, m, decoder);
        } catch (StateDecoder.Undecodable e) {
            return new Cti(null, null, null, p.name(), p.span().location(), p.span().text(), false,
                    "Z3 found a step breaking " + p.name() + " from a state that holds " + e.getMessage());
        }
        boolean confirmed = r.preHolds() && r.label() != null && !transitions.satisfiesStep(r.pre(), r.post(), p);
        String note = confirmed ? null : r.label() == null
                ? "the step does not replay through the evaluator" + (r.replayError() == null ? " (a Lockstep bug)"
                        : " (" + r.replayError() + ")")
                : !r.preHolds() ? "the evaluator says the pre-state violates the invariants (a Lockstep bug)"
                : "the evaluator says the step keeps " + p.name() + " (a Lockstep bug)";
        return new Cti(r.pre(), r.post(), r.label(), p.name(), p.span().location(), p.span().text(), confirmed, note);
    }

    /** Z3's pre- and post-state as spec states, the evaluator's label for the step between them, and its checks. */
    private record ReplayedStep(State pre, State post, Label label, String replayError, boolean preHolds) {}

    /** Decodes the model's step and replays it through the evaluator (the shared half of every CTI). */
    private ReplayedStep replayedStep(Queries q, SpecLowering.Step step, Model m, StateDecoder decoder)
            throws StateDecoder.Undecodable {
        State pre = decoder.state(m, q.pre());
        State post = decoder.state(m, q.post());
        String[] replayError = new String[1];
        Label label = replay(step, pre, post, replayError);
        boolean preHolds = q.invariants().stream().allMatch(inv -> holds(pre, inv));
        return new ReplayedStep(pre, post, label, replayError[0], preHolds);
    }

    /**
     * Z3 fills what the query leaves open (the network, set variables) with arbitrary junk. To show a readable
     * CTI, keep the pre-state's finite-universe sets small: pin every point the model leaves out, then greedily
     * try to drop each point it puts in, as long as the query stays satisfiable.
     */
    private void shrink(Solver s, Vocabulary pre, Z3Terms z3) {
        List<Term[]> arrays = new ArrayList<>(); // {array term, element type index into types}
        List<dev.lockstep.lang.types.Type> types = new ArrayList<>();
        CheckedSpec spec = model.spec();
        if (pre.network() != null) {
            for (CheckedSpec.MessageDecl m : spec.messages()) {
                arrays.add(new Term[] {pre.network()});
                types.add(m.type());
            }
        }
        for (CheckedSpec.Role role : spec.roles()) {
            for (int n = 0; n < model.nodes(role.index()).length; n++) {
                for (CheckedSpec.Var v : role.vars()) {
                    if (v.type() instanceof dev.lockstep.lang.types.Type.SetOf so) {
                        arrays.add(new Term[] {pre.var(role.index(), n, v.index())});
                        types.add(so.element());
                    }
                }
            }
        }
        boolean bag = spec.network().kind() == CheckedSpec.NetworkKind.BAG;
        Model m = s.getModel();
        List<Term> in = new ArrayList<>();
        List<Term> pinned = new ArrayList<>();
        for (int i = 0; i < arrays.size(); i++) {
            Term arr = arrays.get(i)[0];
            List<dev.lockstep.lang.value.Value> universe = lowering.sorts().universe(types.get(i));
            if (universe == null) continue;
            boolean counts = bag && arr == pre.network();
            Term absent = counts ? Smt.integer(0) : Smt.FALSE;
            for (var u : universe) {
                Term sel = Smt.select(arr, lowering.sorts().valueTerm(u, types.get(i), null));
                Term isAbsent = Smt.eq(sel, absent);
                if (m.eval(z3.bool(isAbsent), true).isTrue()) pinned.add(isAbsent);
                else in.add(isAbsent);
            }
        }
        s.add(z3.bool(Smt.and(pinned)));
        s.push();
        s.add(z3.bool(Smt.and(in)));
        if (s.check() == Status.SATISFIABLE) return; // everything optional dropped at once
        s.pop();
        // Drop in chunks first, then one by one inside the chunks that cannot go as a whole.
        for (int from = 0; from < in.size(); from += 32) {
            List<Term> chunk = in.subList(from, Math.min(in.size(), from + 32));
            if (tryAdd(s, z3, Smt.and(chunk))) continue;
            for (Term drop : chunk) tryAdd(s, z3, drop);
        }
        if (s.check() != Status.SATISFIABLE) throw new IllegalStateException("shrinking lost the model");
    }

    /** Adds {@code t} if the query stays satisfiable with it (the push then stays open). */
    private static boolean tryAdd(Solver s, Z3Terms z3, Term t) {
        s.push();
        s.add(z3.bool(t));
        if (s.check() == Status.SATISFIABLE) return true;
        s.pop();
        return false;
    }

    private String unknownReason(Solver s) {
        String r = s.getReasonUnknown();
        if (r != null && (r.contains("timeout") || r.contains("canceled"))) {
            return "timeout after " + options.timeout().toMillis() + " ms";
        }
        return r == null ? "unknown" : r;
    }

    /** Reads the CTI out of the model and replays it through the evaluator. */
    private Cti cti(Queries q, SpecLowering.Step step, Model m, Z3Terms z3, StateDecoder decoder) {
        ReplayedStep r;
        try {
            r = replayedStep(q, step, m, decoder);
        } catch (StateDecoder.Undecodable e) {
            String broken = brokenBySolver(q, m, z3);
            return new Cti(null, null, null, broken, null, null, false,
                    "Z3 found a counterexample to induction whose state holds " + e.getMessage()
                            + "; strengthen the invariant (e.g. bound the set) to see it as spec states");
        }
        SpecLowering.Conjunct broken = brokenConjunct(q, r.post());
        boolean confirmed = r.label() != null && r.preHolds() && broken != null;
        String note = confirmed ? null : r.label() == null && r.replayError() != null
                ? "the evaluator cannot take the steps of the pre-state (" + r.replayError() + "); the encoding reads"
                        + " a map outside its domain as a fixed value, so strengthen the invariant (e.g. with"
                        + " DOMAIN R[n].m = S) to rule such states out"
                : r.label() == null
                ? "the step does not replay through the evaluator (the encoding disagrees with it: a Lockstep bug)"
                : !r.preHolds() ? "the evaluator says the pre-state violates the invariants (a Lockstep bug)"
                : "the evaluator says the post-state satisfies the invariants (a Lockstep bug)";
        String name = broken != null ? broken.label() : brokenBySolver(q, m, z3);
        return new Cti(r.pre(), r.post(), r.label(), name,
                broken == null ? null : broken.expr().span().location(),
                broken == null ? null : broken.expr().span().text(), confirmed, note);
    }

    /** The step's label as the evaluator replays it, or null; {@code error[0]} gets why the evaluator failed. */
    private Label replay(SpecLowering.Step step, State pre, State post, String[] error) {
        try {
            return transitions.stepsBetween(pre, post).stream().map(Successor::label).filter(l -> sameStep(step, l))
                    .findFirst().orElse(null);
        } catch (EvalException e) {
            error[0] = e.getMessage();
            return null;
        }
    }

    static boolean sameStep(SpecLowering.Step step, Label label) {
        if (step.isEnvironment()) {
            return label.isEnvironment() && label.name().equals(step.name()) && Objects.equals(label.node(), step.node());
        }
        if (label.action() != step.action() || !label.node().equals(step.node())) return false;
        for (int i = 0; i < step.params().size(); i++) {
            if (step.params().get(i) != null && !step.params().get(i).equals(label.params().get(i))) return false;
        }
        return true;
    }

    private boolean holds(State s, CheckedSpec.Invariant inv) {
        try {
            return transitions.satisfies(s, inv.body(), inv.frameSize());
        } catch (EvalException e) {
            return false;
        }
    }

    /** The first conjunct (of the invariants, in order) that the evaluator finds false in {@code post}. */
    private SpecLowering.Conjunct brokenConjunct(Queries q, State post) {
        for (CheckedSpec.Invariant inv : q.invariants()) {
            for (SpecLowering.Conjunct c : lowering.conjuncts(inv)) {
                try {
                    if (!transitions.satisfies(post, c.expr(), inv.frameSize())) return c;
                } catch (EvalException e) {
                    return c;
                }
            }
        }
        return null;
    }

    /** When the states cannot be read back: the first conjunct Z3's model makes false in the post-state. */
    private String brokenBySolver(Queries q, Model m, Z3Terms z3) {
        for (CheckedSpec.Invariant inv : q.invariants()) {
            for (SpecLowering.Conjunct c : lowering.conjuncts(inv)) {
                Term t = lowering.conjunct(c, q.post());
                if (Objects.equals(t, Smt.TRUE)) continue;
                if (m.eval(z3.bool(t), true).isFalse()) return c.label();
            }
        }
        return "?";
    }

    /** Renders a CTI as two spec-level states with the step between them. */
    public static String renderCti(ModelInstance model, Cti cti) {
        StringBuilder out = new StringBuilder();
        if (cti.pre() == null) return cti.note() + "\n";
        out.append("Before (satisfies the invariants):\n");
        Trace.renderState(model, cti.pre(), null, out);
        out.append("Step: ").append(cti.label() == null ? "?" : cti.label().show()).append('\n');
        out.append("After (violates ").append(cti.brokenConjunct());
        if (cti.conjunctLocation() != null) out.append(" at ").append(cti.conjunctLocation());
        out.append("):\n");
        Trace.renderState(model, cti.post(), cti.pre(), out);
        if (cti.conjunctText() != null) out.append("Broken conjunct: ").append(cti.conjunctText().strip()).append('\n');
        if (cti.note() != null) out.append("Note: ").append(cti.note()).append('\n');
        return out.toString();
    }

    /** Used by {@link Bmc}: the conjunction of the invariants over a state's constants. */
    static Term invariants(SpecLowering lowering, List<CheckedSpec.Invariant> invariants, Vocabulary v) {
        List<Term> parts = new ArrayList<>();
        for (CheckedSpec.Invariant inv : invariants) parts.add(lowering.invariant(inv, v));
        return Smt.and(parts);
    }
}
