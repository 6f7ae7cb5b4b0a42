package dev.lockstep.lang.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which nodes must feed a combiner (seed 000, acceptance D5): one per group exactly when its input is stable. */
class PlacementTest {
    static PlacementReport.Combiner combiner(PlacementReport r, String name) {
        return r.combiners().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static PlacementReport analyze(CheckedSpec spec, String model) {
        return Placement.analyze(ModelInstance.bind(spec, model).orElseThrow());
    }

    @Test
    void theGlobalCombinerOfHierElectionNeedsOneNodePerGroup() {
        PlacementReport r = analyze(MonotonicityTest.load("hier-election.lstep"), "nine");
        PlacementReport.Combiner combine = combiner(r, "Member.Combine");
        assertTrue(combine.stablePerGroup(), combine.reasons().toString());
        assertEquals(3, combine.feeders());
        assertEquals(9, combine.of());
        assertEquals("Groups", combine.groups());
        assertEquals(List.of(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3"), List.of("c1", "c2", "c3")),
                combine.groupNodes());
        assertEquals(List.of("Member.Up"), combine.senders());
        // The same spec on four nodes in two groups: two feeders of four (the seed's Fig. 2).
        assertEquals(2, combiner(analyze(MonotonicityTest.load("hier-election.lstep"), "four"), "Member.Combine")
                .feeders());
    }

    @Test
    void level1InputsDifferByMemberSoEveryNodeFeedsThem() {
        PlacementReport r = analyze(MonotonicityTest.load("hier-election.lstep"), "nine");
        PlacementReport.Combiner hear = combiner(r, "Member.Hear");
        assertFalse(hear.stablePerGroup());
        assertEquals(9, hear.feeders());
        assertEquals(List.of("Id[self]", "m.src"), hear.reasons().stream().map(Point::text).toList());
        PlacementReport.Combiner learn = combiner(r, "Member.Learn");
        assertEquals(List.of("best"), learn.reasons().stream().map(Point::text).toList());
        assertTrue(learn.reasons().get(0).reason().contains("not a plain stable variable"));
    }

    @Test
    void aReportOfAVolatileOrOrderedStableValueOrWithoutAPartitionIsNotStablePerGroup() throws IOException {
        String spec = Files.readString(Path.of("../specs/hier-election.lstep"));
        // Reporting the ever-decreasing stable(>=) globalMin: it moves, so every member's report matters.
        CheckedSpec ordered = compile(spec.replace("send Report { chief: chief, leader: localLeader }",
                "send Report { chief: chief, leader: globalMin }"));
        PlacementReport.Combiner c = combiner(analyze(ordered, "nine"), "Member.Combine");
        assertFalse(c.stablePerGroup());
        assertEquals(9, c.feeders());
        assertEquals(List.of("globalMin"), c.reasons().stream().map(Point::text).toList());
        // Groups that do not partition the nodes (b3 in none): no groups to place by.
        CheckedSpec partial = compile(spec.replace("{b1, b2, b3}, {c1", "{b1, b2}, {c1"));
        PlacementReport.Combiner p = combiner(analyze(partial, "nine"), "Member.Combine");
        assertNull(p.groups());
        assertTrue(p.reasons().get(0).reason().contains("partitions the nodes of Member in model nine"),
                p.reasons().toString());
    }

    private static CheckedSpec compile(String text) {
        Frontend.Compilation c = Frontend.compile(new dev.lockstep.lang.source.SourceFile("../specs/variant.lstep",
                text));
        assertTrue(c.ok(), c.diagnostics().toString());
        return c.spec().orElseThrow();
    }
}
