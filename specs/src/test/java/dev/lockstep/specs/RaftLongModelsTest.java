package dev.lockstep.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.specs.gen.LibraryModels;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The buggy Raft models too large for the default suite (listed in LibraryStateCountsTest's TOO_SLOW), explored and
 * pinned here: the violated invariant and the length of the shortest counterexample (docs/raft.md).
 */
@Tag("long")
class RaftLongModelsTest {

    static void violates(String file, String model, String invariant, int length) {
        ModelInstance m = LibraryModels.bind(LibraryModels.load(Path.of(file)), model);
        ExploreResult r = new Explorer(m).run(ExploreOptions.defaults());
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, r.status(), file + " " + model);
        assertEquals(invariant, r.violated(), file + " " + model);
        assertEquals(length, r.counterexample().size(), () -> Trace.render(m, r.counterexample()));
    }

    /** 12 to 30 s: s1 keeps a term-1 entry behind the term-2 entry that replaced its first one. TLC: the same 12. */
    @Test
    void aMissingTruncationLeavesAStaleEntry() {
        violates("buggy/raft-no-truncation.lstep", "small", "LogTermsIncrease", 12);
    }

    /** About 9 minutes (4,584,421 states): Figure 8, e1 applied by s1 and e2 by s2 at index 1. */
    @Test
    @Tag("soak") // about 9 minutes: 4,584,421 states
    void committingAnOldTermsEntryBreaksStateMachineSafety() {
        violates("buggy/raft-commit-old-term.lstep", "figure8", "StateMachineSafety", 23);
    }
}
