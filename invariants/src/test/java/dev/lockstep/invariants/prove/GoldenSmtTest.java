package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Status;
import dev.lockstep.invariants.lower.SpecLowering;
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
