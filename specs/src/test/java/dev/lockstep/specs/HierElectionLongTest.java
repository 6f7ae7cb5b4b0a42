package dev.lockstep.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.specs.gen.LibraryModels;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * hier-election.lstep's model four (two groups of two, the seed's Fig. 2), too large for the default suite (listed
 * in LibraryStateCountsTest's TOO_SLOW): about 2 minutes on the 2-core machine.
 */
@Tag("long")
class HierElectionLongTest {
    @Test
    void fourHolds() {
        ExploreResult r = new Explorer(LibraryModels.bind(LibraryModels.load(Path.of("hier-election.lstep")), "four"))
                .run(ExploreOptions.defaults());
        assertEquals(ExploreResult.Status.HOLDS, r.status());
        assertEquals(522255, r.distinct());
        assertEquals(9871863, r.generated());
        assertEquals(27, r.depth());
    }
}
