package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Status;
import dev.lockstep.invariants.lower.SpecLowering;
import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lowering as SMT-LIB text, pinned in golden files (rewrite with -Dlockstep.updateGolden=true). Each script
 * is also parsed back by Z3 and solved, so the printed text is a valid query with the prover's verdict.
 */
class GoldenSmtTest {
    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    @Test
    void twoPhaseCommitInitiationAndConsecution() {
        ModelInstance m = Specs.model("two-phase-commit.lstep", "small");
        SpecLowering lowering = new SpecLowering(m);
        CheckedSpec.Invariant inv = m.spec().invariants().stream().filter(i -> i.name().equals("Inductive"))
                .findFirst().orElseThrow();
        Queries q = new Queries(lowering, List.of(inv));
        String init = q.initiationScript(inv);
        SpecLowering.Step commit = q.steps().stream().filter(s -> s.show().equals("TM[tm].Commit")).findFirst()
                .orElseThrow();
        String consecution = q.consecutionScript(commit);
        SpecLowering.Step receive = q.steps().stream().filter(s -> s.show().equals("ResourceManager[r2].ReceiveCommit"))
                .findFirst().orElseThrow();
        String receiveScript = q.consecutionScript(receive);
        Golden.check(DIR.resolve("two-phase-commit.small.initiation.smt2"), init);
        Golden.check(DIR.resolve("two-phase-commit.small.consecution.TM.Commit.smt2"), consecution);
        Golden.check(DIR.resolve("two-phase-commit.small.consecution.RM.ReceiveCommit.smt2"), receiveScript);
        assertEquals(Status.UNSATISFIABLE, solve(init));
        assertEquals(Status.UNSATISFIABLE, solve(consecution));
        assertEquals(Status.UNSATISFIABLE, solve(receiveScript));
    }

    /** The quorum receive: the received set by membership, every voter's vote needed, one copy of each consumed. */
    @Test
    void quorumReceiveOnABag() {
        ModelInstance m = Specs.compile(QuorumReceiveProofTest.TALLY.formatted("bag"), "small");
        Queries q = new Queries(new SpecLowering(m), List.of(invariant(m, "Inductive")));
        SpecLowering.Step count = q.steps().stream().filter(s -> s.show().equals("Tally[t1].Count")).findFirst()
                .orElseThrow();
        String script = q.consecutionScript(count);
        Golden.check(DIR.resolve("tally.small.consecution.Tally.Count.smt2"), script);
        assertEquals(Status.UNSATISFIABLE, solve(script));
    }

    /** The Crash step: the volatile variable back to its initial value, the durable one kept, one crash counted. */
    @Test
    void crashStep() {
        ModelInstance m = Specs.compile(CrashProofTest.NOTES, "twoCrashes");
        Queries q = new Queries(new SpecLowering(m), List.of(invariant(m, "AtMostTwo")));
        SpecLowering.Step crash = q.steps().stream().filter(s -> s.show().equals("Crash(n1)")).findFirst()
                .orElseThrow();
        String script = q.consecutionScript(crash);
        Golden.check(DIR.resolve("notes.twoCrashes.consecution.Crash.smt2"), script);
        assertEquals(Status.UNSATISFIABLE, solve(script)); // a crash alone never adds a Note
    }

    /** An init predicate: the initial-state encoding constrains both nodes' tokens to agree. */
    @Test
    void initPredicate() {
        ModelInstance m = Specs.compile(StepPropertiesProofTest.SPEC, "m");
        CheckedSpec.Invariant agree = invariant(m, "Agree");
        String script = new Queries(new SpecLowering(m), List.of(agree)).initiationScript(agree);
        Golden.check(DIR.resolve("tokens.m.initiation.Agree.smt2"), script);
        assertEquals(Status.UNSATISFIABLE, solve(script)); // without the predicate this is SAT
    }

    /** A ghost variable read by an invariant: encoded, primed and updated like any role variable. */
    @Test
    void ghostVariableReadByAnInvariant() {
        provedConsecution(Specs.compile(StepPropertiesProofTest.SPEC, "m"), List.of("Counted"), "R[a].Fin",
                "tokens.m.consecution.R.Fin.smt2");
    }

    /** Copies(m) on a bag: the count of a message in the array from message to copies. */
    @Test
    void copiesOnABag() {
        String spec = NetworkReadsProofTest.spec("\\A m \\in Msgs(Data) : Copies(m) >= 1", "");
        provedConsecution(Specs.compile(spec, "Two"), List.of("I"), "Receiver[r].ReceiveData",
                "prove-copies.Two.consecution.Receiver.ReceiveData.smt2");
    }

    /** A map-typed role variable: an array over the key sort, read, DOMAIN and EXCEPT. */
    @Test
    void mapTypedRoleVariable() {
        provedConsecution(Specs.compile(FragmentGapsProofTest.MAPS, "small"), List.of("Inductive"),
                "R[n1].Bump(n = n2)", "maps.small.consecution.R.Bump.smt2");
    }

    /** Sub-protocol instances: two 2PC instances flattened, one instance's step against both invariants. */
    @Test
    void subProtocolInstances() {
        var c = Frontend.load(InstanceProofTest.SHARDS);
        ModelInstance m = ModelInstance.bind(c.spec().orElseThrow(), "m").orElseThrow();
        provedConsecution(m, List.of("A_Inductive", "B_Inductive"), "A_TM[ta].Commit",
                "shards.m.consecution.A_TM.Commit.smt2");
    }

    /** An exchange: one step sets both nodes' val (n1's and its peer n2's) to the minimum of the two. */
    @Test
    void exchangeStep() {
        provedConsecution(Specs.model("minfinder-pairwise.lstep", "small"), List.of("NeverBelowMin"),
                "Node[n1].Gossip(peer = n2)", "minfinder-pairwise.small.consecution.Node.Gossip.smt2");
    }

    /** A failing exchange's "initiator" outcome: n1's update applies, its peer keeps its value. */
    @Test
    void failingExchangeOutcome() {
        provedConsecution(Specs.model("minfinder-pairwise-may-fail.lstep", "small"), List.of("NeverBelowMin"),
                "Node[n1].Gossip(peer = n2, outcome = \"initiator\")",
                "minfinder-pairwise-may-fail.small.consecution.Node.Gossip.initiator.smt2");
    }

    /** Pins the consecution script of one step against the named invariants, and checks Z3 proves it. */
    private static void provedConsecution(ModelInstance m, List<String> invariants, String show, String golden) {
        Queries q = new Queries(new SpecLowering(m), invariants.stream().map(n -> invariant(m, n)).toList());
        String script = q.consecutionScript(step(q, show));
        Golden.check(DIR.resolve(golden), script);
        assertEquals(Status.UNSATISFIABLE, solve(script));
    }

    private static SpecLowering.Step step(Queries q, String show) {
        List<String> shown = q.steps().stream().map(SpecLowering.Step::show).toList();
        return q.steps().stream().filter(s -> s.show().equals(show)).findFirst()
                .orElseThrow(() -> new AssertionError(show + " not among " + shown));
    }

    private static CheckedSpec.Invariant invariant(ModelInstance m, String name) {
        return m.spec().invariants().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNonInductiveQueryIsSatisfiableAsText() {
        ModelInstance m = Specs.model("two-phase-commit.lstep", "small");
        SpecLowering lowering = new SpecLowering(m);
        CheckedSpec.Invariant inv = m.spec().invariants().stream().filter(i -> i.name().equals("Consistent"))
                .findFirst().orElseThrow();
        Queries q = new Queries(lowering, List.of(inv));
        SpecLowering.Step abort = q.steps().stream().filter(s -> s.show().equals("ResourceManager[r1].ChooseAbort"))
                .findFirst().orElseThrow();
        assertEquals(Status.SATISFIABLE, solve(q.consecutionScript(abort)));
    }

    static Status solve(String script) {
        try (Context ctx = new Context()) {
            var s = ctx.mkSolver();
            for (BoolExpr e : ctx.parseSMTLIB2String(script, null, null, null, null)) s.add(e);
            return s.check();
        }
    }
}
