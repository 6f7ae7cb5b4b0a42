package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.testing.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Init predicates, ghost variables, invariants used as predicates, transition properties and fairness groups mean
 * the same under TLC as in the explorer (steps/ballot.lstep): the same counts, the same verdicts, and for a seeded
 * bug the same violated transition property with a counterexample of the same length.
 */
class StepPropertiesTlcTest {
    private static String ballot() {
        try {
            return Files.readString(Path.of("src/test/resources/steps/ballot.lstep"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CheckedSpec compile(String text) {
        Frontend.Compilation c = Frontend.compile("ballot.lstep", text);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return c.spec().orElseThrow();
    }

    @Test
    void explorerAndTlcAgreeOnTheSafetyModel() {
        // 54 states; without the init predicate SameTokens the tokens of the three voters vary freely (4x as many).
        assertEquals("54/112/7", CrossCheckTest.agreedFigures("ballot.lstep", ballot(), "safety"));
        String free = ballot().replaceAll("(?m)^init SameTokens.*$", "");
        assertEquals("216/448/7", CrossCheckTest.agreedFigures("ballot.lstep", free, "safety"));
    }

    @Test
    void aSeededUnvoteBreaksTheTransitionPropertyInBoth() {
        // The seeded bug: a voter may take its vote back. Every state still satisfies the invariants (the tally
        // keeps the vote), but the step that clears voted breaks NoUnvote.
        String buggy = ballot().replace("input action Cast when ~voted do",
                "input action Retract when voted do voted' = FALSE\n  input action Cast when ~voted do");
        CheckedSpec spec = compile(buggy.replace("check Sound, NoUnvote, TallyGrows", "check NoUnvote"));
        CrossCheckTest.Answers a = CrossCheckTest.crossCheck(spec, "safety");
        assertEquals(ExploreResult.Status.PROPERTY_VIOLATED, a.explored().status());
        assertEquals("NoUnvote", a.explored().violated());
        assertEquals(3, a.explored().counterexample().size(), "init, Cast, Retract");
    }

    @Test
    void theFairnessGroupIsWhatMakesEveryVoteCounted() {
        CheckResult fair = check(ballot(), "live");
        assertEquals(CheckResult.Status.HOLDS, fair.status(), () -> String.valueOf(fair.violated()));
        String unfair = ballot().replaceAll("(?m)^fair group.*$", "");
        CheckResult r = check(unfair, "live");
        assertEquals(CheckResult.Status.PROPERTY_VIOLATED, r.status());
        assertEquals("AllCounted", r.violated());
        // Fairness changes no count: the explorer (which checks no liveness) agrees with TLC on the states.
        ExploreResult e = new Explorer(ModelInstance.bind(compile(ballot()), "live").orElseThrow()).run(
                dev.lockstep.lang.explore.ExploreOptions.defaults());
        assertEquals(e.distinct() + "/" + e.generated(), fair.distinct() + "/" + fair.generated());
    }

    @Test
    void theTranslationMatchesItsGoldenFiles() {
        TlaModule module = TlaTranslator.translate(compile(ballot()));
        Path dir = Path.of("src", "test", "resources", "golden", "tla-steps", "ballot");
        Golden.check(dir.resolve(module.fileName()), module.text());
        for (var cfg : module.cfgs().entrySet()) {
            Golden.check(dir.resolve(TlaModule.cfgFileName(module.name(), cfg.getKey())), cfg.getValue());
        }
    }

    @Test
    void theTranslationSaysEachConstruct() {
        String tla = TlaTranslator.translate(compile(ballot())).text();
        assertTrue(tla.contains("NoUnvote == [][\\A n \\in Voters : Voter_voted[n] => Voter_voted[n]']_vars"), tla);
        assertTrue(tla.contains("WF_vars((\\E self \\in Voter_nodes : Voter_Cast(self))"), tla);
        assertTrue(tla.contains("  \\* init SameTokens"), tla);
        // The invariant used as a predicate is a definition, printed before the invariant that uses it.
        assertTrue(tla.indexOf("CountMatches ==") < tla.indexOf("Sound =="), tla);
    }

    private static CheckResult check(String text, String modelName) {
        CheckedSpec spec = compile(text);
        CheckResult r = ModelChecker.check(ModelInstance.bind(spec, modelName).orElseThrow(),
                TlaTranslator.translate(spec), TlcOptions.defaults());
        assertEquals(List.of(), r.diagnostics(), () -> DiagnosticPrinter.render(r.diagnostics()));
        return r;
    }
}
