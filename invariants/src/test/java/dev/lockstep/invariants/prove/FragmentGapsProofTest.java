package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.eval.ModelInstance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §4's prover gaps: map-typed role variables (read, DOMAIN, EXCEPT, equality, read back in
 * counterexamples), {@code {}} in an IF or CASE branch, and LS870 naming what stays outside the fragment.
 */
class FragmentGapsProofTest {
    static final String MAPS = """
            protocol Maps
            const Nodes: set<node>
            role R at Nodes {
              var seen: map<node, int> = [n \\in Nodes |-> 0]
              var total: int = 0
              auto action Bump(n \\in Nodes) when seen[n] = 0 do seen' = [seen EXCEPT ![n] = @ + 1]
                                                               total' = total + 1
            }
            invariant Inductive == \\A r \\in Nodes :
              /\\ DOMAIN R[r].seen = Nodes
              /\\ \\A n \\in Nodes : R[r].seen[n] = 0 \\/ R[r].seen[n] = 1
              /\\ R[r].total = Cardinality({n \\in Nodes : R[r].seen[n] = 1})
            invariant AtMostOne == \\A r \\in Nodes : R[r].total <= 1
            invariant NotAll == \\A r \\in Nodes : R[r].seen /= [n \\in Nodes |-> 1]
            model small { Nodes = {n1, n2}  check Inductive }
            """;

    private static final String EMPTY_BRANCH = """
            protocol EmptyBranch
            const Nodes: set<node>
            role S at Nodes {
              var s: set<int> = {}
              var t: set<int> = {}
              var on: bool = FALSE
              auto action Toggle do on' = ~on
                                    s' = IF on THEN {} ELSE {1}
                                    t' = CASE on -> {} [] OTHER -> {2}
            }
            invariant Inductive == \\A n \\in Nodes : (S[n].on <=> S[n].s = {1}) /\\ (S[n].on <=> S[n].t = {2})
                                                  /\\ (~S[n].on => S[n].s = {} /\\ S[n].t = {})
            model small { Nodes = {n1}  check Inductive }
            """;

    private static ProveReport prove(ModelInstance m, List<String> invariants, int bmc) {
        return Prover.prove(m, new Prover.Options(invariants, bmc, Duration.ofSeconds(60))).orElseThrow();
    }

    @Test
    void aMapTypedRoleVariableIsProvedAsTheExplorerChecksIt() {
        Proofs.provedAndHolds(Specs.compile(MAPS, "small"), "Inductive", 3);
    }

    @Test
    void counterexamplesOverMapsAreReadBackAsSpecStates() {
        ModelInstance m = Specs.compile(MAPS, "small");
        ProveReport r = prove(m, List.of("AtMostOne"), 2);
        List<QueryResult> ctis = r.queries().stream().filter(q -> q.verdict() == Verdict.CTI).toList();
        assertFalse(ctis.isEmpty(), r::toString);
        assertTrue(ctis.stream().allMatch(q -> q.cti().replayed()), r::toString);
        assertEquals(Verdict.VIOLATED, r.bmc().verdict(), r::toString);
        assertEquals(2, r.bmc().trace().size() - 1);
        // Map equality: both nodes' entries at 1 is reachable in two steps.
        ProveReport all = prove(m, List.of("NotAll"), 2);
        assertEquals(Verdict.VIOLATED, all.bmc().verdict(), all::toString);
    }

    @Test
    void anEmptySetInAnIfOrCaseBranchTakesTheOtherBranchsType() {
        Proofs.provedAndHolds(Specs.compile(EMPTY_BRANCH, "small"), "Inductive", 2);
    }

    @Test
    void whatStaysOutsideTheFragmentIsNamedWithItsPlace() {
        String spec = MAPS.replace("seen' = [seen EXCEPT ![n] = @ + 1]", "seen' = seen @@ (n :> 1)");
        ModelInstance m = Specs.compile(spec, "small");
        var outcome = Prover.prove(m, new Prover.Options(List.of("Inductive"), -1, Duration.ofSeconds(60)));
        assertFalse(outcome.ok());
        List<Diagnostic> ds = outcome.diagnostics();
        assertEquals(Code.UNSUPPORTED_BY_PROVER, ds.getFirst().code(), ds.toString());
        assertTrue(ds.getFirst().message().contains("@@"), ds.toString());
        assertEquals(6, ds.getFirst().span().line(), ds.toString());
    }
}
