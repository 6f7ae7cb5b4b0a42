package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.ir.CheckedSpec;
import org.junit.jupiter.api.Test;

/**
 * Translation features the library does not exercise (bag networks, faults, constraints, deadlock, initial sets
 * that depend on the node, EXCEPT paths, CASE, LET, shadowed names, sequences, maps), each cross-checked: TLC on
 * the translation and the explorer must agree on verdict, counts and counterexample length.
 */
class TranslationFeaturesTest {

    private static void agree(String text, String model) {
        Frontend.Compilation c = Frontend.compile("features.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        CheckedSpec spec = c.spec().orElseThrow();
        CrossCheckTest.crossCheck(spec, model);
    }

    private static String ping(String network) {
        return """
                protocol Ping
                const A: node
                const B: node
                message Ping { n: int }
                network NETWORK
                role S at {A} {
                  var sent: int = 0
                  auto action Send when sent < 2 do sent' = sent + 1 ; send Ping { n: sent % 2 } to B
                }
                role R at {B} {
                  var got: seq<int> = <<>>
                  on receive p: Ping when Len(got) < 3 do got' = Append(got, p.n)
                  auto action Idle when Len(got) >= 3 do skip
                }
                model m { A = a  B = b  constraint S[A].sent <= 2 }
                """.replace("NETWORK", network);
    }

    /** Sends to a set of nodes and to one node in one action, and a receive action with parameters. */
    private static String fan(String network) {
        return """
                protocol Fan
                const Nodes: set<node>
                message M { k: int }
                network NETWORK
                role P at Nodes {
                  var n: int = 0
                  auto action Fan when n < 1 do n' = n + 1 ; send M { k: 1 } to Nodes \\ {self} ; send M { k: 2 } to self
                  on receive m: M as Take(j \\in {0, m.k}) when n < 3 do n' = n + j
                }
                model m { Nodes = {a, b}  constraint \\A x \\in Nodes : P[x].n <= 3 }
                """.replace("NETWORK", network);
    }

    @Test
    void sendsToSetsAndReceivesWithParametersOnEveryNetwork() {
        for (String network : new String[] {"set", "bag", "fifo", "bag lossy", "fifo lossy"}) {
            agree(fan(network), "m");
        }
    }

    @Test
    void guardsWithSeveralTrueDisjunctsOrWitnessesAreOneStep() {
        // TLC takes \/, \E, IF, CASE, LET and definitions among an action's conjuncts apart and makes one
        // successor per true disjunct or witness: generated counts were higher than the explorer's.
        agree("""
                protocol Guards
                const A: node
                const Ns: set<node>
                def Small(v: int) == v = 0 \\/ v < 3
                role R at {A} {
                  var x: int = 0
                  auto action Or when x = 0 \\/ x < 3 do x' = x + 1
                  auto action Some when \\E n \\in Ns : x < 5 do x' = x + 2
                  auto action Def when Small(x) /\\ ~(x = 1 \\/ x = 2) do x' = x + 3
                  auto action Cond when IF x > 1 THEN x < 6 \\/ x < 7 ELSE TRUE do x' = x + 1
                  auto action Stay do skip
                }
                model m { A = a  Ns = {n1, n2}  constraint R[A].x <= 8 }
                """, "m");
    }

    @Test
    void bagNetworkWithLossAndDuplication() { agree(ping("bag lossy duplicating"), "m"); }

    @Test
    void fifoNetworkWithLossAndDuplication() { agree(ping("fifo lossy duplicating"), "m"); }

    @Test
    void lossySetNetworkAndDuplicatingSetAddsNothing() { agree(ping("set lossy duplicating"), "m"); }

    @Test
    void aMapKeyedByEnumLabelsIsReadBackFromTlcsRecordForm() {
        // TLC prints a function whose domain is identifier-like strings as a record ([idle |-> 1, busy |-> 0]); its
        // keys are enum labels here, not strings, or the counterexample's states match no state of the spec.
        agree("""
                protocol EnumMap
                const A: node
                enum Phase { idle, busy }
                role R at {A} {
                  var count: map<Phase, int> = [p \\in {idle, busy} |-> 0]
                  auto action Tick when count[idle] < 2 do count' = [count EXCEPT ![idle] = @ + 1]
                }
                invariant Small == R[A].count[idle] < 2
                model m { A = a }
                """, "m");
    }

    @Test
    void deadlockAndConstraint() {
        agree("""
                protocol Counter
                const A: node
                role R at {A} {
                  var x: int = -1
                  auto action Inc when x < 2 do x' = x + 1
                }
                model m { A = a }
                """, "m");
    }

    @Test
    void invariantViolatedOutsideTheConstraint() {
        agree("""
                protocol Unbounded
                const A: node
                role R at {A} {
                  var x: int = 0
                  auto action Inc do x' = x + 1
                }
                invariant Small == R[A].x < 4
                model m { A = a  constraint R[A].x <= 3  check Small }
                """, "m");
    }

    @Test
    void invariantViolatedByAnInitialState() {
        agree("""
                protocol InitBad
                const A: node
                role R at {A} {
                  var x: int \\in {0, 5}
                  auto action Inc when x < 6 do x' = x + 1
                }
                invariant Small == \\A n \\in {A} : R[n].x < 5
                model m { A = a  check Small }
                """, "m");
    }

    @Test
    void specNamesThatClashWithTheGeneratedModuleAreRenamed() {
        // Next, vars and Deliverable are operators of the generated module; d is the translator's own binder for
        // the destinations of a send to a set. SANY rejects a bound name that clashes with any of them.
        agree("""
                protocol Names
                const Nodes: set<node>
                message Ping { n: int }
                network bag
                role P at Nodes {
                  var Init: int = 0
                  var got: int = 0
                  auto action Send(d \\in 1..2) when Init < 1 do Init' = Init + 1 ; send Ping { n: d } to Nodes
                  on receive Deliverable: Ping as Take(vars \\in {1}) do got' = Deliverable.n + vars
                }
                invariant Small == \\A Next \\in Nodes : P[Next].got <= 3
                model m { Nodes = {a, b}  check Small }
                """, "m");
    }

    @Test
    void expressionsAndShadowedNames() {
        agree("""
                protocol Exprs
                const Nodes: set<node>
                const Owner: map<node, set<int>>
                enum Phase { idle, busy, done }
                role P at Nodes {
                  var mine: int \\in Owner[self]
                  var phase: Phase = idle
                  var rec: [a: int, b: set<int>] = [a |-> 0, b |-> {}]
                  var hist: seq<int> = <<>>
                  var tab: map<int, int> = [i \\in 1..2 |-> 0]
                  strong fair auto action Step(k \\in {1, 2})
                    when phase /= done
                    do rec' = [rec EXCEPT !.a = @ + k, !.b = @ \\cup {k}]
                       tab' = [tab EXCEPT ![k] = Min({@ + mine, 3})]
                       hist' = IF Len(hist) < 2 THEN Append(hist, k) ELSE Tail(hist) \\o <<k>>
                       phase' = CASE rec.a >= 2 -> done [] rec.a = 1 -> busy [] OTHER -> phase
                }
                def Sum(s: set<int>) == LET self2 == s IN Cardinality({<<x, y>> : x \\in self2, y \\in s})
                invariant Bounded == \\A n \\in Nodes : \\A x \\in P[n].rec.b : LET n2 == x IN n2 <= 2 /\\ Sum({n2}) = 1
                invariant MapDomain == \\A n \\in Nodes : DOMAIN P[n].tab = 1..2 /\\ (2 :> 1 @@ P[n].tab)[2] = 1
                invariant Seqs == \\A n \\in Nodes : Len(P[n].hist) <= 2 /\\ SubSeq(P[n].hist, 1, 0) = <<>>
                model m {
                  Nodes = {a, b}  Owner = a :> {1, 2} @@ b :> {3}
                  check Bounded, MapDomain, Seqs
                }
                """, "m");
    }
}
