package dev.lockstep.lang.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code instance I[g \in Groups] = "file" over S with C <- e(g)}: unrolled per model, and each bad partition. */
class PartitionsTest {
    /** Each node of a group takes the group's least id once it hears any member's id. */
    private static final String GROUP = """
            protocol Group
            const Members: set<node>
            const Id: map<node, int>
            message Cand { id: int }
            network set
            role Node at Members {
              var best: int = Id[self]
              auto action Announce do send Cand { id: Id[self] } to Members \\ {self}
              on receive m: Cand as Merge do best' = Min({best, m.id})
            }
            invariant BestIsAMember == \\A n \\in Members : \\E k \\in Members : Node[n].best = Id[k]
            """;

    private static final String HEADER = """
            protocol Outer
            const Nodes: set<node>
            const Groups: set<set<node>>
            const GA: set<node>
            const GB: set<node>
            const Id: map<node, int>
            network set
            """;

    private static final String IDS = "Id = a1 :> 1 @@ a2 :> 2 @@ b1 :> 3 @@ b2 :> 4";

    @TempDir
    Path dir;

    private Frontend.Compilation compile(String outer) throws IOException {
        Files.writeString(dir.resolve("group.lstep"), GROUP);
        Path p = dir.resolve("outer.lstep");
        Files.writeString(p, outer);
        return Frontend.load(p);
    }

    private static ExploreResult explore(CheckedSpec spec, String model) {
        return new Explorer(ModelInstance.bind(spec, model).orElseThrow())
                .run(ExploreOptions.defaults().withDeadlock(false));
    }

    private static String partitioned(String models) {
        return HEADER + "instance Local[g \\in Groups] = \"group.lstep\" over Nodes with Members <- g, Id <- Id\n"
                + models;
    }

    @Test
    void aPartitionedInstanceIsTheHandUnrolledOne() throws IOException {
        Frontend.Compilation rolled = compile(partitioned("model m { Nodes = {a1, a2, b1, b2}  Groups = {{a1, a2},"
                + " {b1, b2}}  GA = {}  GB = {}  " + IDS + "  check Local_BestIsAMember }\n"));
        assertTrue(rolled.ok(), rolled.diagnostics()::toString);
        CheckedSpec spec = rolled.spec().orElseThrow();
        assertEquals(List.of("Local_1_Node", "Local_2_Node"),
                spec.roles().stream().map(CheckedSpec.Role::name).toList());
        // The model's check of the partitioned invariant names each part's.
        assertEquals(List.of("Local_1_BestIsAMember", "Local_2_BestIsAMember"), spec.models().get(0).invariants());

        Frontend.Compilation byHand = compile(HEADER + """
                instance Local_1 = "group.lstep" with Members <- GA, Id <- Id
                instance Local_2 = "group.lstep" with Members <- GB, Id <- Id
                model m { Nodes = {a1, a2, b1, b2}  Groups = {}  GA = {a1, a2}  GB = {b1, b2}  %s }
                """.formatted(IDS));
        assertTrue(byHand.ok(), byHand.diagnostics()::toString);
        ExploreResult a = explore(spec, "m");
        ExploreResult b = explore(byHand.spec().orElseThrow(), "m");
        assertEquals(ExploreResult.Status.HOLDS, a.status());
        assertEquals(b.distinct(), a.distinct());
        assertEquals(b.generated(), a.generated());
        assertTrue(a.distinct() > 1);
    }

    @Test
    void eachModelUnrollsItsOwnGroupsAndSingletonsAreTheBaseCase() throws IOException {
        Frontend.Compilation c = compile(partitioned("""
                model two { Nodes = {a1, a2, b1, b2}  Groups = {{a1, a2}, {b1, b2}}  GA = {}  GB = {}  %s }
                model singles { Nodes = {a1, a2, b1, b2}  Groups = {{a1}, {a2}, {b1}, {b2}}  GA = {}  GB = {}  %s }
                """.formatted(IDS, IDS)));
        assertTrue(c.ok(), c.diagnostics()::toString);
        CheckedSpec spec = c.spec().orElseThrow();
        assertEquals(4, spec.roles().size());
        // Four singleton groups: each node is its group's only member, its best is its own id, nothing moves
        // but the sends (which no one receives): one state.
        ExploreResult singles = explore(spec, "singles");
        assertEquals(ExploreResult.Status.HOLDS, singles.status());
        assertEquals(1, singles.distinct());
        // The two-group model leaves parts 3 and 4 empty.
        assertTrue(explore(spec, "two").distinct() > 1);
    }

    @Test
    void anOverlappingGroupIsReportedAtTheSecondOccurrence() throws IOException {
        Diagnostic d = only(compile(partitioned("model m { Nodes = {a1, a2, b1, b2}  Groups = {{a1, a2}, {a2, b1, b2}}"
                + "  GA = {}  GB = {}  " + IDS + " }\n")), Code.PARTITION_OVERLAP);
        assertTrue(d.message().contains("a2 is in two groups of Local"), d.message());
        assertEquals(9, d.span().line());
    }

    @Test
    void aPartitionThatDoesNotCoverItsSetIsReported() throws IOException {
        Diagnostic left = only(compile(partitioned("model m { Nodes = {a1, a2, b1, b2}  Groups = {{a1, a2}, {b1}}"
                + "  GA = {}  GB = {}  " + IDS + " }\n")), Code.PARTITION_NOT_COVERING);
        assertTrue(left.message().contains("leave out b2 of Nodes"), left.message());
        Diagnostic outside = only(compile(partitioned("model m { Nodes = {a1, a2, b1}  Groups = {{a1, a2}, {b1, b2}}"
                + "  GA = {}  GB = {}  " + IDS + " }\n")), Code.PARTITION_NOT_COVERING);
        assertTrue(outside.message().contains("node b2 of a group of Local is not in Nodes"), outside.message());
    }

    @Test
    void anEmptyGroupIsReported() throws IOException {
        Diagnostic d = only(compile(partitioned("model m { Nodes = {a1, a2, b1, b2}  Groups = {{a1, a2, b1, b2}, {}}"
                + "  GA = {}  GB = {}  " + IDS + " }\n")), Code.PARTITION_EMPTY_GROUP);
        assertTrue(d.message().contains("empty group"), d.message());
    }

    @Test
    void groupsMustBeALiteralSetOfNodeSetsInEachModel() throws IOException {
        Diagnostic d = only(compile(partitioned("model m { Nodes = {a1, a2, b1, b2}  Groups = {Nodes}"
                + "  GA = {}  GB = {}  " + IDS + " }\n")), Code.PARTITION_NOT_LITERAL);
        assertTrue(d.message().contains("model m must bind Groups to a literal set of node sets"), d.message());
    }

    @Test
    void groupsMustBeASetOfSetsConstant() throws IOException {
        Frontend.Compilation c = compile(HEADER
                + "instance Local[g \\in Nodes] = \"group.lstep\" with Members <- {g}, Id <- Id\n"
                + "model m { Nodes = {a1}  Groups = {}  GA = {}  GB = {}  Id = a1 :> 1 }\n");
        Diagnostic d = only(c, Code.PARTITION_GROUPS_NOT_CONSTANT);
        assertTrue(d.message().contains("must be a constant of type set<set<node>>"), d.message());
    }

    @Test
    void aPartitionedInstanceInsideAnInstantiatedSpecIsRefused() throws IOException {
        Files.writeString(dir.resolve("inner.lstep"), partitioned("model m { Nodes = {a1}  Groups = {{a1}}  GA = {}"
                + "  GB = {}  Id = a1 :> 1 }\n").replace("protocol Outer", "protocol Inner"));
        Frontend.Compilation c = compile(HEADER + "instance X = \"inner.lstep\" with Nodes <- Nodes, Groups <- Groups,"
                + " GA <- GA, GB <- GB, Id <- Id\nmodel m { Nodes = {a1}  Groups = {{a1}}  GA = {}  GB = {}"
                + "  Id = a1 :> 1 }\n");
        assertFalse(c.ok());
        assertTrue(only(c, Code.PARTITION_NESTED).span().file().name().endsWith("inner.lstep"));
    }

    private static Diagnostic only(Frontend.Compilation c, Code code) {
        List<Diagnostic> found = c.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertEquals(1, found.size(), () -> "expected one " + code.id() + " in " + c.diagnostics());
        return found.get(0);
    }
}
