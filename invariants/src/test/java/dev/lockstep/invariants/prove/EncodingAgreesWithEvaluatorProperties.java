package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.z3.Context;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import dev.lockstep.invariants.lower.IntDomain;
import dev.lockstep.invariants.lower.SpecLowering;
import dev.lockstep.invariants.lower.Vocabulary;
import dev.lockstep.invariants.smt.Smt;
import dev.lockstep.invariants.smt.Term;
import dev.lockstep.invariants.smt.Z3Terms;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.SetV;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Differential test of the Z3 encoding against the evaluator, on states the explorer reaches. For a state s:
 * every invariant's encoding, with the state's constants fixed to s, is satisfiable exactly when the evaluator
 * says it holds; and for every step (action, node, parameter binding), the encoded relation from s allows
 * exactly the successors the evaluator computes for that step (none when the guard is false).
 */
class EncodingAgreesWithEvaluatorProperties {
    /** Models under test: a set network with node-only messages, and the bag/records/int-fields world of Paxos. */
    private static final Map<String, Fixture> FIXTURES = new LinkedHashMap<>();
    private static final List<Context> CONTEXTS = new ArrayList<>();

    /** One Z3 context per model: Z3 names sorts globally within a context. */
    private record Fixture(ModelInstance model, SpecLowering lowering, Transitions transitions, List<State> reachable,
                           Vocabulary pre, Vocabulary post, List<SpecLowering.Step> steps, Z3Terms z3,
                           Map<CheckedSpec.Invariant, Term> invariants) {}

    /** {@code boundInts}: lower with the int domain the prover proves TypeOK for, as the prover then does. */
    private static synchronized Fixture fixture(String file, String model, boolean boundInts) {
        return fixture(file + "#" + model, () -> Specs.model(file, model), boundInts);
    }

    private static synchronized Fixture fixture(String key, java.util.function.Supplier<ModelInstance> load,
                                                boolean boundInts) {
        return FIXTURES.computeIfAbsent(key, k -> {
            ModelInstance m = load.get();
            SpecLowering lowering = boundInts ? new SpecLowering(m, IntDomain.infer(m)) : new SpecLowering(m);
            Transitions t = new Transitions(m);
            Vocabulary pre = lowering.vocabulary("");
            Vocabulary post = lowering.vocabulary("'");
            Context ctx = new Context();
            CONTEXTS.add(ctx);
            Map<CheckedSpec.Invariant, Term> invariants = new LinkedHashMap<>();
            for (CheckedSpec.Invariant inv : m.spec().invariants()) invariants.put(inv, lowering.invariant(inv, pre));
            return new Fixture(m, lowering, t, reachable(t, 3000), pre, post, lowering.steps(pre, post, ""),
                    new Z3Terms(ctx), invariants);
        });
    }

    private static List<State> reachable(Transitions t, int limit) {
        List<State> out = new ArrayList<>();
        Set<State> seen = new HashSet<>();
        ArrayDeque<State> queue = new ArrayDeque<>();
        for (State s : t.initialStates()) if (seen.add(s)) queue.add(s);
        while (!queue.isEmpty() && out.size() < limit) {
            State s = queue.poll();
            out.add(s);
            t.successors(s, (label, next) -> { if (seen.add(next)) queue.add(next); });
        }
        return out;
    }

    @AfterContainer
    static void closeZ3() {
        CONTEXTS.forEach(Context::close);
        CONTEXTS.clear();
        FIXTURES.clear();
    }

    @Provide
    Arbitrary<Integer> stateIndex() { return Arbitraries.integers().between(0, 100_000); }

    @Property(tries = 60)
    void twoPhaseCommit(@ForAll("stateIndex") int i) {
        check(fixture("two-phase-commit.lstep", "small", false), i);
    }

    @Property(tries = 60)
    void twoPhaseCommitEager(@ForAll("stateIndex") int i) {
        check(fixture("buggy/two-phase-commit-eager.lstep", "small", false), i);
    }

    /** MinFinder: ints in messages, Min over a set map, a parameter over a set difference. */
    @Property(tries = 20)
    void minFinder(@ForAll("stateIndex") int i) {
        check(fixture("minfinder.lstep", "small", true), i);
    }

    /** A lossy, duplicating bag (no library spec uses one): counts, consumption, Drop and Duplicate, strings. */
    private static final String BAG = """
            protocol Bag
            const A: node
            const B: node
            message Ping { seq: int }
            message Pong { seq: int, echo: string }
            network bag lossy duplicating
            role Client at A {
              var sent: int = 0
              var acked: set<int> = {}
              auto action SendPing when sent < 2 do sent' = sent + 1 ; send Ping { seq: sent } to B
              on receive p: Pong when p.src = B /\\ p.type = "Pong" do acked' = acked \\cup {p.seq}
            }
            role Server at B {
              on receive m: Ping as Answer do send Pong { seq: m.seq, echo: "pong" } to m.src
            }
            invariant AckedWereSent == Client[A].acked \\subseteq 0..1
            invariant PongsAnswerPings == \\A p \\in Msgs(Pong) : p.dst = A /\\ p.echo = "pong"
            model m { A = a  B = b  constraint Cardinality(Msgs(Ping)) <= 2 }
            """;

    @Property(tries = 30)
    void lossyDuplicatingBag(@ForAll("stateIndex") int i) {
        check(fixture("bag", () -> Specs.compile(BAG, "m"), false), i);
    }

    /** Paxos: ints, records in sets, Max, IF, set maps and Cardinality over quorums, under the bounded ints. */
    @Property(tries = 20)
    void paxos(@ForAll("stateIndex") int i) {
        check(fixture("paxos.lstep", "small", true), i);
    }

    /** Issue 13: the quorum receive on a set network (nothing consumed, every voter needed, Cardinality of it). */
    @Property(tries = 30)
    void quorumReceiveOnASet(@ForAll("stateIndex") int i) {
        check(fixture("tally-set", () -> Specs.compile(QuorumReceiveProofTest.TALLY.formatted("set"), "small"), false), i);
    }

    /** Issue 13: the Crash steps (volatile reset, durable kept), their bound and the crash count. */
    @Property(tries = 30)
    void crashSteps(@ForAll("stateIndex") int i) {
        check(fixture("notes", () -> Specs.compile(CrashProofTest.NOTES, "twoCrashes"), false), i);
    }

    /** Issue 13 §4: a map-typed variable (application, DOMAIN, EXCEPT with @, map equality). */
    @Property(tries = 30)
    void mapVariables(@ForAll("stateIndex") int i) {
        check(fixture("maps", () -> Specs.compile(FragmentGapsProofTest.MAPS, "small"), false), i);
    }

    private static void check(Fixture f, int index) {
        State s = f.reachable().get(index % f.reachable().size());
        Z3Terms z3 = f.z3();
        Term pinned = pin(f, f.pre(), s);
        for (CheckedSpec.Invariant inv : f.model().spec().invariants()) {
            boolean expected = f.transitions().satisfies(s, inv.body(), inv.frameSize());
            Status st = solve(z3, pinned, f.invariants().get(inv));
            assertEquals(expected ? Status.SATISFIABLE : Status.UNSATISFIABLE, st, inv.name() + " in state " + index);
        }
        // The evaluator's successors, grouped by the step that produced them.
        Map<SpecLowering.Step, List<State>> bySteps = new LinkedHashMap<>();
        for (SpecLowering.Step step : f.steps()) bySteps.put(step, new ArrayList<>());
        f.transitions().successors(s, (Label label, State next) -> {
            for (SpecLowering.Step step : f.steps()) {
                if (Prover.sameStep(step, label)) bySteps.get(step).add(next);
            }
        });
        for (var e : bySteps.entrySet()) {
            SpecLowering.Step step = e.getKey();
            List<Term> others = new ArrayList<>();
            for (State next : e.getValue()) {
                // Each evaluator successor is allowed by the encoding ...
                Term post = pin(f, f.post(), next);
                assertEquals(Status.SATISFIABLE, solve(z3, pinned, step.relation(), post), step.show() + " from " + index);
                others.add(Smt.not(post));
            }
            // ... and the encoding allows no other successor (none at all when the guard is false).
            List<Term> all = new ArrayList<>(others);
            all.add(pinned);
            all.add(step.relation());
            assertEquals(Status.UNSATISFIABLE, solve(z3, all.toArray(Term[]::new)), step.show() + " from " + index);
        }
    }

    /** The state's constants equal the values of {@code s}. */
    private static Term pin(Fixture f, Vocabulary v, State s) {
        ModelInstance m = f.model();
        List<Term> parts = new ArrayList<>();
        for (CheckedSpec.Role role : m.spec().roles()) {
            for (int n = 0; n < m.nodes(role.index()).length; n++) {
                for (CheckedSpec.Var var : role.vars()) {
                    parts.add(Smt.eq(v.var(role.index(), n, var.index()), f.lowering().sorts().valueTerm(
                            s.slot(m.nodeBase(role.index(), n) + var.index()), var.type(), var.span())));
                }
            }
        }
        if (v.network() != null) parts.add(Smt.eq(v.network(), network(f, s.slot(m.networkSlot()))));
        if (v.crashes() != null) {
            parts.add(Smt.eq(v.crashes(), Smt.integer(((dev.lockstep.lang.value.IntV) s.slot(m.crashSlot())).value())));
        }
        return Smt.and(parts);
    }

    /** A set network as an array to Bool, a bag (message -> copies) as an array to Int. */
    private static Term network(Fixture f, dev.lockstep.lang.value.Value net) {
        var sort = (dev.lockstep.invariants.smt.Sort.Array) f.pre().network().sort();
        boolean bag = net instanceof dev.lockstep.lang.value.FnV;
        Term arr = Smt.constArray(sort.domain(), bag ? Smt.integer(0) : Smt.FALSE);
        List<dev.lockstep.lang.value.Value> msgs = bag ? ((dev.lockstep.lang.value.FnV) net).keys()
                : ((SetV) net).elements();
        for (var msg : msgs) {
            String type = ((dev.lockstep.lang.value.StrV) ((dev.lockstep.lang.value.RecordV) msg).get("type")).value();
            Type.Message mt = f.model().spec().message(type).orElseThrow().type();
            Term count = bag ? Smt.integer(((dev.lockstep.lang.value.IntV) ((dev.lockstep.lang.value.FnV) net).get(msg))
                    .value()) : Smt.TRUE;
            arr = Smt.store(arr, f.lowering().sorts().valueTerm(msg, mt, null), count);
        }
        return arr;
    }

    private static Status solve(Z3Terms z3, Term... terms) {
        Solver s = z3.context().mkSolver();
        for (Term t : terms) s.add(z3.bool(t));
        return s.check();
    }
}
