package dev.lockstep.lang.explore;

import static dev.lockstep.lang.explore.ExplorerTest.NO_DEADLOCK;
import static dev.lockstep.lang.explore.ExplorerTest.assertCounts;
import static dev.lockstep.lang.explore.ExplorerTest.explore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Symmetry reduction: orbit counts by hand, the canonical representative, and traces of states really reached. */
class SymmetryTest {
    /** Each node of Nodes switches on once: 2^3 states, orbits by the number of nodes on. */
    static final String SWITCHES = """
            protocol Switches
            const Nodes: set<node>
            role R at Nodes {
              var on: bool = FALSE
              auto action Set when ~on do on' = TRUE
            }
            model full { Nodes = {a, b, c} }
            model sym { Nodes = {a, b, c}  symmetric Nodes }
            """;

    /**
     * Each node of A picks one node of B once: a value holding nodes (a set) in slots that move. With both sets
     * symmetric, the product group of 2! * 2! permutations; TLC forms the same group from SYMMETRY.
     */
    static final String PICKS = """
            protocol Picks
            const A: set<node>
            const B: set<node>
            role R at A {
              var peer: set<node> = {}
              auto action Pick(b \\in B) when peer = {} do peer' = {b}
            }
            invariant Typed == \\A a \\in A : R[a].peer \\subseteq B
            invariant NotAllPicked == ~(\\A a \\in A : R[a].peer /= {})
            model full { A = {a1, a2}  B = {b1, b2}  check Typed }
            model symA { A = {a1, a2}  B = {b1, b2}  symmetric A  check Typed }
            model symB { A = {a1, a2}  B = {b1, b2}  symmetric B  check Typed }
            model symAB { A = {a1, a2}  B = {b1, b2}  symmetric A, B  check Typed }
            model violated { A = {a1, a2}  B = {b1, b2}  symmetric A, B  check NotAllPicked }
            """;

    /** Two symmetric sets, a fifo network keyed by (src, dst), nodes in payloads and in set-valued variables. */
    static final String RELAY = """
            protocol Relay
            const A: set<node>
            const B: set<node>
            message Hop { via: node, n: int }
            network fifo
            role RA at A {
              var sent: int = 0
              auto action Start(b \\in B) when sent < 2 do sent' = sent + 1 ; send Hop { via: self, n: sent } to b
            }
            role RB at B {
              var seen: set<node> = {}
              on receive m: Hop do seen' = seen \\cup {m.via}
            }
            model sym { A = {a1, a2}  B = {b1, b2, b3}  symmetric A, B }
            """;

    static ModelInstance bind(String text, String model) {
        Frontend.Compilation c = Frontend.compile("test.lstep", text);
        assertTrue(c.ok(), c.diagnostics()::toString);
        return ModelInstance.bind(c.spec().orElseThrow(), model).orElseThrow();
    }

    @Test
    void distinctIsTheNumberOfOrbitsAndGeneratedCountsTheRepresentativesSuccessors() {
        // Full: 8 states; generated 1 + (3 * 4 successors: each state has one per node still off) = 13; depth 4.
        assertCounts(explore(SWITCHES, "full", NO_DEADLOCK), ExploreResult.Status.HOLDS, 8, 13, 4);
        // Orbits: 0, 1, 2 or 3 nodes on; generated 1 + 3 + 2 + 1 + 0 = 7; depth 4.
        assertCounts(explore(SWITCHES, "sym", NO_DEADLOCK), ExploreResult.Status.HOLDS, 4, 7, 4);
    }

    @Test
    void severalSymmetricSetsReduceByTheirProduct() {
        // peer of a1, a2 in {}, {b1}, {b2}: 9 states; generated 1 + 4 (from {},{}) + 4 * 2 (one picked) = 13.
        assertCounts(explore(PICKS, "full", NO_DEADLOCK), ExploreResult.Status.HOLDS, 9, 13, 3);
        // Swapping a1, a2: {}{}; {}{b1}~{b1}{}; {}{b2}~{b2}{}; b1b1; b2b2; b1b2~b2b1 = 6; 1 + 4 + 2 * 2 = 9.
        assertCounts(explore(PICKS, "symA", NO_DEADLOCK), ExploreResult.Status.HOLDS, 6, 9, 3);
        // Swapping b1, b2: {}{}; {}{b1}~{}{b2}; {b1}{}~{b2}{}; b1b1~b2b2; b1b2~b2b1 = 5; 1 + 4 + 2 * 2 = 9.
        assertCounts(explore(PICKS, "symB", NO_DEADLOCK), ExploreResult.Status.HOLDS, 5, 9, 3);
        // Both: {}{}; one picked (4 states); same pick (2); different picks (2) = 4; 1 + 4 + 2 = 7.
        assertCounts(explore(PICKS, "symAB", NO_DEADLOCK), ExploreResult.Status.HOLDS, 4, 7, 3);
    }

    @Test
    void theCanonicalStateIsTheLeastOfTheOrbit() {
        ModelInstance model = bind(SWITCHES, "sym");
        Symmetry symmetry = Symmetry.of(model);
        assertTrue(symmetry.reduces());
        assertEquals(6, symmetry.orbit(state(model, true, false, false)).size(), "3! permutations");
        State aOn = state(model, true, false, false);
        State bOn = state(model, false, true, false);
        State cOn = state(model, false, false, true);
        // FALSE < TRUE, so the least arrangement puts the node that is on last.
        assertEquals(cOn, symmetry.canonical(aOn));
        assertEquals(cOn, symmetry.canonical(bOn));
        assertSame(cOn, symmetry.canonical(cOn), "a least state is its own key, not a copy");
        assertNotEquals(symmetry.canonical(aOn), symmetry.canonical(state(model, true, true, false)));
    }

    @Test
    void withoutSymmetricSetsTheKeyIsTheStateItself() {
        ModelInstance model = bind(SWITCHES, "full");
        Symmetry symmetry = Symmetry.of(model);
        assertFalse(symmetry.reduces());
        State aOn = state(model, true, false, false);
        assertSame(aOn, symmetry.canonical(aOn));
    }

    @Test
    void aCounterexampleIsMadeOfTheStatesReachedNotOfRepresentatives() {
        ModelInstance model = bind(PICKS, "violated");
        ExploreResult r = new Explorer(model).run(NO_DEADLOCK);
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, r.status());
        List<Trace.Step> trace = r.counterexample();
        assertEquals(3, trace.size(), "initial state, two picks");
        Transitions transitions = new Transitions(model);
        assertEquals(trace.get(0).state(), transitions.initialStates().get(0));
        for (int i = 1; i < trace.size(); i++) {
            State from = trace.get(i - 1).state();
            Trace.Step step = trace.get(i);
            assertEquals(step.state(), transitions.apply(from, step.label()).next(), "step " + i + " replays");
        }
    }

    /**
     * The key is exact: over every reachable state, two states get the same key if and only if they have the same
     * least permuted state (the orbit's representative found by trying the whole group, as TLC does), and every
     * permutation of a state gets its key.
     */
    @Test
    void keysPartitionTheReachableStatesExactlyIntoOrbits() throws java.io.IOException {
        String twoPhase = java.nio.file.Files.readString(java.nio.file.Path.of("../specs/two-phase-commit.lstep"));
        for (ModelInstance model : List.of(bind(twoPhase, "smallSym"), bind(PICKS, "symAB"), bind(RELAY, "sym"))) {
            Symmetry symmetry = Symmetry.of(model);
            java.util.Map<State, State> leastOfKey = new java.util.HashMap<>();
            java.util.Map<State, State> keyOfLeast = new java.util.HashMap<>();
            for (State s : reachable(model)) {
                State key = symmetry.canonical(s);
                State least = leastPermuted(symmetry, s, key);
                assertEquals(least, leastOfKey.computeIfAbsent(key, k -> least), "one orbit per key");
                assertEquals(key, keyOfLeast.computeIfAbsent(least, k -> key), "one key per orbit");
            }
            assertTrue(keyOfLeast.size() > 1);
        }
    }

    /** The least of all permutations of {@code s}, each checked to have the key {@code key}. */
    private static State leastPermuted(Symmetry symmetry, State s, State key) {
        State least = s;
        for (State p : symmetry.orbit(s)) {
            assertEquals(key, symmetry.canonical(p), "a permuted state gets the same key");
            if (compare(p, least) < 0) least = p;
        }
        return least;
    }

    private static List<State> reachable(ModelInstance model) {
        Transitions transitions = new Transitions(model);
        java.util.Set<State> seen = new java.util.LinkedHashSet<>(transitions.initialStates());
        java.util.ArrayDeque<State> queue = new java.util.ArrayDeque<>(seen);
        while (!queue.isEmpty()) transitions.successors(queue.pop(), (label, next) -> {
            if (seen.add(next)) queue.add(next);
        });
        return List.copyOf(seen);
    }

    private static int compare(State a, State b) {
        for (int i = 0; i < a.slots().length; i++) {
            int c = a.slot(i).compareTo(b.slot(i));
            if (c != 0) return c;
        }
        return 0;
    }

    private static State state(ModelInstance model, boolean... on) {
        Value[] slots = new Value[model.slotCount()];
        for (int i = 0; i < on.length; i++) slots[model.nodeBase(0, i)] = BoolV.of(on[i]);
        slots[model.networkSlot()] = SetV.EMPTY;
        return new State(slots);
    }
}
