package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The TLC side of {@code refines} ({@link TlaRefinement}): a transform's output, with {@code Old == INSTANCE ...}
 * under the refinement mapping, satisfies {@code Old!Init /\ [][Old!Next]_Old!vars} as a TLC PROPERTY; a broken
 * output does not. Models are kept small: each run starts a TLC JVM.
 */
class RefinementTlcTest {
    private static CheckedSpec compile(String name, String text) {
        Frontend.Compilation c = Frontend.compile(name, text);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return c.spec().orElseThrow();
    }

    private static CheckedSpec library(String file) throws IOException {
        return compile(file, Files.readString(LibrarySpecs.ROOT.resolve(file)));
    }

    private static CheckResult refines(CheckedSpec newer, String model, CheckedSpec older, Set<String> merged,
                                       String property) {
        CheckResult r = TlaRefinement.check(ModelInstance.bind(newer, model).orElseThrow(), older, merged, property,
                TlcOptions.defaults().withDeadlock(false));
        assertEquals(List.of(), r.diagnostics(), () -> DiagnosticPrinter.render(r.diagnostics()));
        return r;
    }

    @Test
    void theShardedTwoPhaseCommitRefinesTheOriginalWithFairnessUnderTlc() throws IOException {
        CheckResult r = refines(library("two-phase-commit-txs-sharded.lstep"), "one",
                library("two-phase-commit-txs.lstep"), Set.of("TM"), TlaRefinement.FULL);
        assertEquals(CheckResult.Status.HOLDS, r.status(), () -> r.violated() + "");
        assertEquals("288/1146/11", r.distinct() + "/" + r.generated() + "/" + r.depth());
    }

    @Test
    void shardsThatBothKeepEveryKeyViolateTheMappedOldSpec() throws IOException {
        // Each shard initializes every transaction; the merge then takes shard 1's entry for every key, and shard
        // 2's actions on its own transactions leave the mapped TM unchanged while it sends: no old step matches.
        String text = Files.readString(LibrarySpecs.ROOT.resolve("two-phase-commit-txs-sharded.lstep"))
                .replace("[t \\in TMKeys(self) |-> init]", "[t \\in Txs |-> init]")
                .replace("[t \\in TMKeys(self) |-> {r \\in RM : FALSE}]", "[t \\in Txs |-> {r \\in RM : FALSE}]");
        // (Model small: it checks no property of its own, so the only property TLC can find violated is OldSafety.)
        CheckResult r = refines(compile("overlap.lstep", text), "small", library("two-phase-commit-txs.lstep"),
                Set.of("TM"), TlaRefinement.SAFETY);
        assertEquals(CheckResult.Status.PROPERTY_VIOLATED, r.status());
        assertTrue(r.counterexample().size() >= 2, () -> r.counterexample().toString());
    }

    /** Two TLC runs, about 24 s on the loaded 2-core machine: out of the default suite's budget. */
    @Test
    @Tag("long")
    void theLossyTwoPhaseCommitRefinesTheOriginalThroughItsSendHistory() throws IOException {
        CheckedSpec lossy = compile("two-phase-commit-lossy.lstep",
                Files.readString(LibrarySpecs.ROOT.resolve("two-phase-commit-lossy.lstep"))
                        + "\nmodel rm1 { RM = {r1}  TMNode = tm  check Consistent }\n");
        CheckedSpec original = compile("two-phase-commit.lstep",
                Files.readString(LibrarySpecs.ROOT.resolve("two-phase-commit.lstep"))
                        + "\nmodel rm1 { RM = {r1}  TMNode = tm  check Consistent }\n");
        CheckResult r = refines(lossy, "rm1", original, Set.of(), TlaRefinement.SAFETY);
        assertEquals(CheckResult.Status.HOLDS, r.status(), () -> r.violated() + "");
        assertEquals("204/941/11", r.distinct() + "/" + r.generated() + "/" + r.depth());
        // The eager variant (commit with nobody prepared) breaks it under TLC as under the explorer.
        CheckedSpec eager = compile("eager.lstep", Files.readString(LibrarySpecs.ROOT.resolve("two-phase-commit-lossy.lstep"))
                .replace("when state = init /\\ prepared = RM", "when state = init")
                + "\nmodel rm1 { RM = {r1}  TMNode = tm  check Consistent }\n");
        CheckResult bad = refines(eager, "rm1", original, Set.of(), TlaRefinement.SAFETY);
        assertEquals(CheckResult.Status.PROPERTY_VIOLATED, bad.status());
    }
}
