package dev.lockstep.lang.refine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code lockstep refines}: the transformed 2PC refines the original; broken variants and bad maps do not. */
class RefinementTest {
    private static final String ORIGINAL = read("../specs/two-phase-commit.lstep");
    private static final String LOSSY = read("../specs/two-phase-commit-lossy.lstep");

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ModelInstance model(String text, String model) {
        Frontend.Compilation c = Frontend.compile("spec.lstep", text);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return ModelInstance.bind(c.spec().orElseThrow(), model).orElseThrow();
    }

    private static Refinement.Outcome refines(String newer, String older, String map) {
        ModelInstance n = model(newer, "rm2");
        ModelInstance o = model(older, "rm2");
        Result<RefinementMap> m = RefinementMap.of(n, o, map);
        assertTrue(m instanceof Result.Ok, () -> m.diagnostics().toString());
        return Refinement.check(n, o, ((Result.Ok<RefinementMap>) m).value(), 1_000_000);
    }

    @Test
    void theTransformedTwoPhaseCommitRefinesTheOriginal() {
        Refinement.Outcome r = refines(LOSSY, ORIGINAL, null);
        assertTrue(r.holds() && r.complete());
        // Every new state pairs with one set of old states: the old network is determined by the projection here.
        assertEquals(19_088, r.newStates());
        assertEquals(19_088, r.pairs());
        assertEquals(20, r.depth());
    }

    @Test
    void aTransformThatCommitsBeforeEveryonePreparedDoesNotAndTheCounterexampleSaysWhere() {
        String eager = LOSSY.replace("when state = init /\\ prepared = RM", "when state = init");
        assertFalse(eager.equals(LOSSY));
        Refinement.Outcome r = refines(eager, ORIGINAL, null);
        assertFalse(r.holds());
        // The TM decides with nobody prepared (the old spec matches that with Abort), then an RM commits: the old
        // spec has no Commit to receive.
        assertEquals(3, r.counterexample().size(), () -> Trace.render(model(eager, "rm2"), r.counterexample()));
        assertEquals("Commit", r.counterexample().get(1).label().name());
        assertEquals("ReceiveCommit", r.counterexample().get(2).label().name());
    }

    @Test
    void anInitialStateOutsideTheOldInitialStatesFailsAtOnce() {
        String started = LOSSY.replace("var prepared: set<node> = {}", "var prepared: set<node> = RM");
        Refinement.Outcome r = refines(started, ORIGINAL, null);
        assertFalse(r.holds());
        assertEquals(1, r.counterexample().size());
    }

    @Test
    void aMapRenamesAVariable() {
        String renamed = ORIGINAL.replace("var prepared: set<node>", "var ready: set<node>")
                .replace("prepared' = prepared", "ready' = ready").replace("prepared = RM", "ready = RM")
                .replace("TM[TMNode].prepared", "TM[TMNode].ready");
        assertTrue(refines(renamed, ORIGINAL, "TM.prepared = TM.ready").holds());
    }

    @Test
    void aMapThatNamesNothingOrLeavesAVariableOutIsRefused() {
        ModelInstance o = model(ORIGINAL, "rm2");
        assertEquals(Code.REFINEMENT_MAP_INVALID, RefinementMap.of(o, o, "TM.nothing = TM.state")
                .diagnostics().getFirst().code());
        assertEquals(Code.REFINEMENT_MAP_INVALID, RefinementMap.of(o, o, "TM.state").diagnostics().getFirst().code());
        String renamed = ORIGINAL.replace("var prepared: set<node>", "var ready: set<node>")
                .replace("prepared' = prepared", "ready' = ready").replace("prepared = RM", "ready = RM")
                .replace("TM[TMNode].prepared", "TM[TMNode].ready");
        var missing = RefinementMap.of(model(renamed, "rm2"), o, null).diagnostics().getFirst();
        assertEquals(Code.REFINEMENT_MAP_INVALID, missing.code());
        assertTrue(missing.message().contains("TM.prepared"), missing.message());
    }

    @Test
    void rolesOnOtherNodesAreRefused() {
        var d = RefinementMap.of(model(ORIGINAL, "small"), model(ORIGINAL, "rm2"), null).diagnostics().getFirst();
        assertEquals(Code.REFINEMENT_MODELS_DIFFER, d.code());
    }
}
