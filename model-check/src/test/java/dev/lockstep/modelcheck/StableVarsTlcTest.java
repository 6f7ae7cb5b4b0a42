package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code stable} variables mean the same under TLC as in the explorer: the same counts when they hold, the same
 * violated property and counterexample length when a seeded bug changes a decided value.
 */
class StableVarsTlcTest {
    private static String decide() throws IOException {
        return Files.readString(Path.of("src/test/resources/stable/decide.lstep"));
    }

    private static CheckedSpec compile(String text) {
        Frontend.Compilation c = Frontend.compile("decide.lstep", text);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return c.spec().orElseThrow();
    }

    @Test
    void explorerAndTlcAgreeWhenTheStableVariablesHold() throws IOException {
        // Every node ends decided with nothing enabled: deadlock is not the question here.
        CheckedSpec spec = compile(decide());
        ModelInstance model = ModelInstance.bind(spec, "small").orElseThrow();
        ExploreResult explored = new Explorer(model).run(ExploreOptions.defaults().withDeadlock(false));
        CheckResult tlc = ModelChecker.check(model, TlaTranslator.translate(spec),
                TlcOptions.defaults().withDeadlock(false));
        assertEquals(ExploreResult.Status.HOLDS, explored.status());
        assertEquals(CheckResult.Status.HOLDS, tlc.status(), String.valueOf(tlc.diagnostics()));
        assertEquals("106/337/7", explored.distinct() + "/" + explored.generated() + "/" + explored.depth());
        assertEquals("106/337/7", tlc.distinct() + "/" + tlc.generated() + "/" + tlc.depth());
        assertEquals(java.util.List.of("Stable_Node_decided", "Stable_Node_seen"), model.model().properties(),
                "every model checks every stable variable, without naming them");
    }

    @Test
    void aStableOrderIsCheckedToo() throws IOException {
        // seen may only grow once it left 0: a vote below it must not lower it.
        CheckedSpec spec = compile(decide().replace("seen' = IF m.v > seen THEN m.v ELSE seen", "seen' = m.v")
                .replace("  on receive m: Vote\n    when decided = 0\n", "  on receive m: Vote\n")
                .replace("stable var decided", "var decided"));
        ModelInstance model = ModelInstance.bind(spec, "small").orElseThrow();
        ExploreResult explored = new Explorer(model).run(ExploreOptions.defaults().withDeadlock(false));
        assertEquals(ExploreResult.Status.PROPERTY_VIOLATED, explored.status());
        assertEquals("Stable_Node_seen", explored.violated());
    }

    @Test
    void aNodeThatDecidesTwiceBreaksItsStableVariableInBoth() throws IOException {
        String buggy = decide().replace("  on receive m: Vote\n    when decided = 0\n", "  on receive m: Vote\n");
        CheckedSpec spec = compile(buggy);
        CrossCheckTest.Answers a = CrossCheckTest.crossCheck(spec, "small");
        assertEquals(ExploreResult.Status.PROPERTY_VIOLATED, a.explored().status());
        assertEquals("Stable_Node_decided", a.explored().violated());
        assertEquals(5, a.explored().counterexample().size(), "init, two proposals, two receives at one node");
    }
}
