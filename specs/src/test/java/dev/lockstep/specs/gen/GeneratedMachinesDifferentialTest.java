package dev.lockstep.specs.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.explore.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The core correctness argument of code generation: for every model of every library spec, the machines that the
 * Maven plugin generated in this build agree exactly with the evaluator on reachable states (see
 * {@link DifferentialChecker}). Every model is checked exhaustively on its first {@value #EXHAUSTIVE} states in
 * breadth-first order; jqwik then samples deeper states, up to {@value #DEEP} per model.
 */
class GeneratedMachinesDifferentialTest {
    static final int EXHAUSTIVE = 400;
    static final int DEEP = 6000;

    private static List<LibraryModels.Model> models;
    private static final Map<LibraryModels.Model, List<State>> DEEP_STATES = new ConcurrentHashMap<>();
    private static final Map<LibraryModels.Model, DifferentialChecker> CHECKERS = new ConcurrentHashMap<>();

    @BeforeContainer
    static void loadLibrary() { models = LibraryModels.all(); }

    /** A state of a model, by its index in breadth-first order. */
    record Sample(LibraryModels.Model model, int index) {
        @Override
        public String toString() { return model + "#" + index; }
    }

    static DifferentialChecker checker(LibraryModels.Model m) {
        return CHECKERS.computeIfAbsent(m, x -> new DifferentialChecker(x.instance(), x.descriptor()));
    }

    @Property(tries = 1)
    void everyModelAgreesOnStructureAndItsFirstStates() {
        assertTrue(models.size() >= 13, "library models: " + models);
        List<String> problems = new ArrayList<>();
        long bindings = 0;
        for (LibraryModels.Model m : models) {
            DifferentialChecker c = checker(m);
            problems.addAll(c.checkStructure().stream().map(p -> m + ": " + p).toList());
            for (State s : m.reachable(EXHAUSTIVE)) {
                for (String p : c.check(s)) if (problems.size() < 20) problems.add(m + ": " + p);
            }
            bindings += c.bindingsChecked();
        }
        assertEquals(List.of(), problems);
        assertTrue(bindings > 10_000, "checked only " + bindings + " action bindings");
    }

    @Property(tries = 300)
    void deeperReachableStatesAgree(@ForAll("deepStates") Sample sample) {
        State state = DEEP_STATES.get(sample.model()).get(sample.index());
        assertEquals(List.of(), checker(sample.model()).check(state), sample.toString());
    }

    @Provide
    Arbitrary<Sample> deepStates() {
        return Arbitraries.of(models).flatMap(m -> {
            List<State> states = DEEP_STATES.computeIfAbsent(m, x -> x.reachable(DEEP));
            return Arbitraries.integers().between(0, states.size() - 1).map(i -> new Sample(m, i));
        });
    }
}
