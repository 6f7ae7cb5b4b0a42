package dev.lockstep.lang.explore.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.value.Fingerprints;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What adding a state tells the explorer: new, present with a higher discoverer (now lowered), or present with a
 * lower one. The explorer keeps, with symmetry, the state of an orbit reached with the lowest discoverer, so it must
 * know when a later add lowered it; both stores answer alike.
 */
class SeenStatesTest {
    @ParameterizedTest(name = "exact = {0}")
    @ValueSource(booleans = {false, true})
    void addTellsWhetherTheStateIsNewOrItsDiscovererWasLowered(boolean exact) {
        SeenStates seen = SeenStates.create(exact, MemoryBudget.unlimited());
        State s = new State(new Value[] {IntV.of(7)});
        long fp = Fingerprints.ofState(s.slots());
        assertEquals(SeenStates.Added.NEW, seen.add(s, fp, 50));
        assertEquals(SeenStates.Added.PRESENT, seen.add(s, fp, 60));
        assertEquals(50, seen.discoverer(s, fp));
        assertEquals(SeenStates.Added.LOWERED, seen.add(s, fp, 40));
        assertEquals(40, seen.discoverer(s, fp));
        assertEquals(SeenStates.Added.PRESENT, seen.add(s, fp, 40));
        assertEquals(1, seen.size());
    }
}
