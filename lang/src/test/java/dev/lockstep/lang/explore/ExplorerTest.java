package dev.lockstep.lang.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Explorer semantics on tiny specs whose state graphs are small enough to count by hand (the derivation is in
 * each test's comment). These pin the network kinds, environment faults, constraints, deadlock and counting.
 */
class ExplorerTest {

    static ExploreResult explore(String text, String model, ExploreOptions options) {
        Frontend.Compilation c = Frontend.compile("test.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        ModelInstance instance = ModelInstance.bind(c.spec().get(), model).orElseThrow();
        return new Explorer(instance).run(options);
    }

    static final ExploreOptions NO_DEADLOCK = ExploreOptions.defaults().withDeadlock(false);

    static void assertCounts(ExploreResult r, ExploreResult.Status status, long distinct, long generated, int depth) {
        assertEquals(status, r.status(), () -> "status; fault: " + r.fault());
        assertEquals(distinct, r.distinct(), "distinct");
        assertEquals(generated, r.generated(), "generated");
        assertEquals(depth, r.depth(), "depth");
    }

    static final String UNBOUNDED = """
            protocol Unbounded
            const A: node
            role R at {A} {
              var x: int = 0
              auto action Inc do x' = x + 1
            }
            model m { A = a }
            """;

    static final String COUNTER = """
            protocol Counter
                const A: node
            role R at {A} {
              var x: int = 0
              auto action Inc when x < 2 do x' = x + 1
            }
            model m { A = a }
            """;

    @Test
    void deadlockIsTheShortestPathToAStateWithoutSuccessors() {
        // x = 0 -> 1 -> 2, and x = 2 has no successor.
        ExploreResult r = explore(COUNTER, "m", ExploreOptions.defaults());
        assertEquals(ExploreResult.Status.DEADLOCK, r.status());
        assertEquals(3, r.counterexample().size());
        assertEquals("Inc", r.counterexample().get(2).label().name());
    }

    @Test
    void withoutDeadlockCheckingTheSameModelHolds() {
        // 3 states; generated = 1 initial + 2 successors.
        assertCounts(explore(COUNTER, "m", NO_DEADLOCK), ExploreResult.Status.HOLDS, 3, 3, 3);
    }

    @Test
    void constraintKeepsStatesOutOfTheModelButCountsThemAsGenerated() {
        // x = 0..3 are kept (4 distinct); each of them has one successor, x = 4 is generated but dropped:
        // generated = 1 + 4. No deadlock: x = 3 has a successor, it is only outside the constraint (as in TLC).
        String spec = UNBOUNDED.replace("model m { A = a }", "model m { A = a  constraint R[A].x <= 3 }");
        assertCounts(explore(spec, "m", ExploreOptions.defaults()), ExploreResult.Status.HOLDS, 4, 5, 4);
    }

    @Test
    void invariantsAreCheckedOnStatesOutsideTheConstraintAsInTlc() {
        // x = 4 is outside the constraint; TLC still checks the invariant on it and reports the violation.
        String spec = UNBOUNDED.replace("model m { A = a }", "invariant Small == R[A].x < 4\n"
                + "model m { A = a  constraint R[A].x <= 3 }");
        ExploreResult r = explore(spec, "m", ExploreOptions.defaults());
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, r.status());
        assertEquals(5, r.counterexample().size());
        assertEquals(4, r.distinct(), "the violating state is not kept");
    }

    @Test
    void parametersAndInitialSetsBranch() {
        // Two nodes, each x \in 1..3 initially: 9 initial states, then Set(v) makes every pair reachable from each
        // other: still 9 distinct; generated = 9 initial + 9 states * 2 nodes * 3 values.
        String spec = """
                protocol Choices
                const Nodes: set<node>
                role R at Nodes {
                  var x: int \\in 1..3
                  input action Set(v \\in 1..3) do x' = v
                }
                model m { Nodes = {a, b} }
                """;
        assertCounts(explore(spec, "m", ExploreOptions.defaults()), ExploreResult.Status.HOLDS, 9, 9 + 54, 1);
    }

    static String pingSpec(String network) {
        return """
                protocol Ping
                const A: node
                const B: node
                message Ping {}
                network %s
                role S at {A} {
                  var sent: int = 0
                  auto action Send when sent < 2 do sent' = sent + 1 ; send Ping {} to B
                }
                role R at {B} {
                  var got: int = 0
                  on receive m: Ping when got < 3 do got' = got + 1
                }
                model m { A = a  B = b }
                """.formatted(network);
    }

    @Test
    void bagConsumesDeliveredCopies() {
        // (sent, got) with got <= sent <= 2: 6 states, 6 transitions, longest shortest path 5 states.
        assertCounts(explore(pingSpec("bag"), "m", NO_DEADLOCK), ExploreResult.Status.HOLDS, 6, 7, 5);
    }

    @Test
    void fifoDeliversChannelHeadsOnly() {
        // One channel of identical messages: the same graph as the bag.
        assertCounts(explore(pingSpec("fifo"), "m", NO_DEADLOCK), ExploreResult.Status.HOLDS, 6, 7, 5);
    }

    @Test
    void setKeepsDeliveredMessages() {
        // The one Ping stays in the set, so b can receive it up to 3 times whatever sent is:
        // states (sent, got) = (0,0) and (1..2, 0..3): 9 distinct, 11 transitions, depth 6.
        assertCounts(explore(pingSpec("set"), "m", NO_DEADLOCK), ExploreResult.Status.HOLDS, 9, 12, 6);
    }

    @Test
    void lossyBagAddsDropSteps() {
        // States (sent, got, copies) with got + copies <= sent <= 2: 10 distinct. Successors: Send when sent < 2,
        // Receive and Drop when a copy is in flight: 12 transitions.
        assertCounts(explore(pingSpec("bag lossy"), "m", NO_DEADLOCK), ExploreResult.Status.HOLDS, 10, 13, 5);
    }

    @Test
    void duplicatingSetAddsNothing() {
        assertCounts(explore(pingSpec("set duplicating"), "m", NO_DEADLOCK), ExploreResult.Status.HOLDS, 9, 12, 6);
    }

    @Test
    void invariantViolatedInTheInitialStateHasATraceOfOneState() {
        String spec = """
                protocol Bad
                const A: node
                role R at {A} {
                  var x: int = 0
                  auto action Inc when x < 2 do x' = x + 1
                }
                invariant Positive == R[A].x > 0
                model m { A = a }
                """;
        ExploreResult r = explore(spec, "m", ExploreOptions.defaults());
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, r.status());
        assertEquals("Positive", r.violated());
        assertEquals(1, r.counterexample().size());
    }

    @Test
    void evaluationFaultStopsWithTheSpanAndThePath() {
        String spec = """
                protocol Fault
                const A: node
                const F: map<int, int>
                role R at {A} {
                  var x: int = 0
                  auto action Step when x < 3 do x' = F[x]
                }
                model m { A = a  F = 0 :> 1 @@ 1 :> 2 }
                """;
        ExploreResult r = explore(spec, "m", ExploreOptions.defaults());
        assertEquals(ExploreResult.Status.EVALUATION_ERROR, r.status());
        assertEquals(Code.FUNCTION_OUTSIDE_DOMAIN, r.fault().code());
        assertEquals(6, r.fault().span().line());
        assertEquals(3, r.counterexample().size(), "path to the state where F[2] failed");
    }

    @Test
    void overflowIsAFaultNotAWrap() {
        String spec = """
                protocol Overflow
                const A: node
                role R at {A} {
                  var x: int = 9223372036854775806
                  auto action Inc do x' = x + 1
                }
                model m { A = a }
                """;
        ExploreResult r = explore(spec, "m", ExploreOptions.defaults());
        assertEquals(ExploreResult.Status.EVALUATION_ERROR, r.status());
        assertEquals(Code.OVERFLOW, r.fault().code());
    }

    @Test
    void maxStatesStopsWithPartialFigures() {
        ExploreResult r = explore(UNBOUNDED, "m", ExploreOptions.defaults().withMaxStates(50));
        assertEquals(ExploreResult.Status.LIMIT_REACHED, r.status());
        assertTrue(r.distinct() >= 50 && r.distinct() <= 51, "distinct " + r.distinct());
    }

    @Test
    void aStoreOverItsMemoryBudgetStopsCleanlyWithLs708() {
        // 1 MiB of initial tables, then 512 KiB blocks of discoverers: 3 MiB holds tens of thousands of states.
        ExploreResult r = explore(UNBOUNDED, "m", ExploreOptions.defaults().withMemoryLimit(3 << 20).withWorkers(2));
        assertEquals(ExploreResult.Status.LIMIT_REACHED, r.status());
        assertEquals(Code.STORE_MEMORY_EXCEEDED, r.fault().code());
        assertTrue(r.distinct() > 10_000 && r.distinct() < 200_000, "distinct " + r.distinct());
        ExploreResult none = explore(UNBOUNDED, "m", ExploreOptions.defaults().withMemoryLimit(1000));
        assertEquals(ExploreResult.Status.LIMIT_REACHED, none.status());
        assertEquals(Code.STORE_MEMORY_EXCEEDED, none.fault().code());
        assertEquals(0, none.distinct());
    }

    @Test
    void aViolationFoundByManyWorkersIsOneWorkersShortestTrace() {
        // Many states of the same level violate the invariant; the trace and the figures are those of the first
        // violation in single-worker order, whichever worker finds a violation first.
        String spec = """
                protocol Wide
                const A: node
                role R at {A} {
                  var x: int = 0
                  var y: int = 0
                  auto action IncX when x < 30 do x' = x + 1
                  auto action IncY when y < 30 do y' = y + 1
                }
                invariant Small == R[A].x + R[A].y < 12
                model m { A = a  check Small }
                """;
        ExploreResult one = explore(spec, "m", ExploreOptions.defaults());
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, one.status());
        for (int workers : new int[] {2, 4}) {
            for (boolean exact : new boolean[] {false, true}) {
                ExploreResult r = explore(spec, "m", ExploreOptions.defaults().withWorkers(workers).withExact(exact));
                assertEquals(shown(one.counterexample()), shown(r.counterexample()), workers + " workers, exact " + exact);
                assertEquals(one.distinct(), r.distinct());
                assertEquals(one.generated(), r.generated());
                assertEquals(one.depth(), r.depth());
            }
        }
    }

    /** Each step's label and values (labels of separately compiled specs are not equal as objects). */
    private static List<String> shown(List<Trace.Step> steps) {
        return steps.stream().map(s -> (s.label() == null ? "init" : s.label().show()) + " -> "
                + java.util.Arrays.stream(s.state().slots()).map(dev.lockstep.lang.value.Value::show).toList()).toList();
    }

    @Test
    void progressIsReportedOnLongRuns() {
        List<ExploreOptions.Progress> seen = new ArrayList<>();
        ExploreOptions options = ExploreOptions.defaults().withMaxStates(300_000)
                .withProgress(java.time.Duration.ZERO, seen::add);
        explore(UNBOUNDED, "m", options);
        assertTrue(!seen.isEmpty(), "no progress reported");
        assertTrue(seen.get(seen.size() - 1).distinct() > seen.get(0).distinct());
    }
}
