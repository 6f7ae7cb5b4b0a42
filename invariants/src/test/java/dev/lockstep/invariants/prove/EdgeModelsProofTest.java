package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Models at the edges of what the encoding must handle: no nodes at all (an empty enumeration sort, which Z3
 * rejects as "not well-founded"), and very long flat lists (terms deeper than a thread's stack if translated
 * recursively). The prover's verdict must be the explorer's.
 */
class EdgeModelsProofTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final String EMPTY = """
            protocol Empty
            const Nodes: set<node>
            message Ping { n: int }
            role R at Nodes {
              var x: int = 0
              auto action Inc when x < 2 do x' = x + 1
              auto action Send when x = 1 do send Ping { n: x } to Nodes
              on receive m: Ping do x' = m.n
            }
            invariant Small == \\A n \\in Nodes : R[n].x <= 2
            invariant PingsSmall == \\A m \\in Msgs(Ping) : m.n <= 2
            invariant Someone == \\E n \\in Nodes : R[n].x = 0
            model none { Nodes = {}  check Small, PingsSmall }
            model noneSomeone { Nodes = {}  check Someone }
            """;

    private static ProveReport prove(ModelInstance m, List<String> invariants, int bmc) {
        var outcome = Prover.prove(m, new Prover.Options(invariants, bmc, TIMEOUT));
        return outcome.orElseThrow();
    }

    /** The explorer checks the invariants the model lists. */
    private static ExploreResult.Status explore(ModelInstance m) {
        return new Explorer(m).run(ExploreOptions.defaults().withDeadlock(false)).status();
    }

    @Test
    void aModelWithoutNodesIsProvedWhereTheExplorerFindsNoViolation() {
        ModelInstance m = Specs.compile(EMPTY, "none");
        ProveReport r = prove(m, List.of("Small", "PingsSmall"), 3);
        assertTrue(r.allProved(), r::toString);
        assertEquals(ExploreResult.Status.HOLDS, explore(m));
    }

    @Test
    void aModelWithoutNodesViolatesAnExistentialAsTheExplorerDoes() {
        ModelInstance m = Specs.compile(EMPTY, "noneSomeone");
        ProveReport r = prove(m, List.of("Someone"), -1);
        assertTrue(r.queries().stream().anyMatch(q -> q.kind() == QueryResult.Kind.INITIATION
                && q.verdict() == Verdict.VIOLATED), r::toString);
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, explore(m));
    }

    /**
     * Building an n-ary disjunction drops duplicate operands; it did so by scanning the operands so far, which made a
     * 300,000-term disjunction take minutes (a 5 MB one-line invariant did not prove in 300 s). Generous bound: the
     * set-based version takes milliseconds.
     */
    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aHugeDisjunctionIsBuiltInLinearTime() {
        int n = 300_000;
        List<dev.lockstep.invariants.smt.Term> terms = new java.util.ArrayList<>();
        var x = new dev.lockstep.invariants.smt.Term.Const("x", dev.lockstep.invariants.smt.Sort.INT);
        for (int i = 0; i < n; i++) terms.add(dev.lockstep.invariants.smt.Smt.eq(x, dev.lockstep.invariants.smt.Smt.integer(i)));
        terms.add(terms.get(7));
        var or = (dev.lockstep.invariants.smt.Term.App) dev.lockstep.invariants.smt.Smt.or(terms);
        assertEquals(n, or.args().size(), "the repeated operand is dropped");
    }

    /** 3,000-term lists in a guard, an effect and an invariant; the set literal union becomes a long store chain. */
    @Test
    void longFlatListsAreProved() {
        int n = 3_000;
        StringBuilder s = new StringBuilder("protocol Flat\nconst N: node\nrole R at N {\n  var x: int = 0\n"
                + "  var s: set<int> = {}\n  auto action Step when ");
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : " \\/ ").append("x = ").append(i);
        s.append(" \\/ x = 0\n    do x' = (x");
        for (int i = 0; i < n; i++) s.append(" + 1");
        s.append(") % 5\n  auto action Grow when x < 3 do s' = s");
        for (int i = 0; i < n; i++) s.append(" \\cup {").append(i).append('}');
        s.append("\n}\ninvariant Small == ");
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : " /\\ ").append("R[N].x # ").append(i + 10);
        s.append("\nmodel m { N = n1 }\n");
        ModelInstance m = Specs.compile(s.toString(), "m");
        ProveReport r = prove(m, List.of("Small"), -1);
        assertTrue(r.allProved(), r::toString);
        assertEquals(ExploreResult.Status.HOLDS, explore(m));
    }
}
