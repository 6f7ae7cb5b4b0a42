package dev.lockstep.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.explore.Trace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The crash-recovery Paxos pair: an acceptor that keeps its promise in a volatile variable lets two values be
 * chosen, and it takes a crash to get there (the counterexample has a Crash step, and the same spec without
 * crashes holds); LibraryStateCountsTest pins the counts and that the durable Paxos holds.
 */
class PaxosCrashCounterexampleTest {
    private static ExploreResult explore(String text) {
        Frontend.Compilation c = Frontend.compile("paxos-crash-volatile-promise.lstep", text);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        ModelInstance m = ModelInstance.bind(c.spec().orElseThrow(), "small").orElseThrow();
        return new Explorer(m).run(ExploreOptions.defaults());
    }

    @Test
    void theVolatilePromiseIsLostInACrash() throws Exception {
        String text = java.nio.file.Files.readString(Path.of("buggy/paxos-crash-volatile-promise.lstep"));
        ExploreResult r = explore(text);
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, r.status());
        assertEquals("OneValueChosen", r.violated());
        List<String> steps = r.counterexample().stream().map(Trace.Step::label)
                .filter(l -> l != null).map(l -> l.show()).toList();
        assertTrue(steps.stream().anyMatch(s -> s.matches("Crash\\(a\\d\\)")), steps.toString());
        // Without crashes the same acceptor is correct: the bug is the volatile promise, not the protocol.
        ExploreResult noCrash = explore(text.replace("crashes 1", "crashes 0"));
        assertEquals(ExploreResult.Status.HOLDS, noCrash.status());
    }
}
