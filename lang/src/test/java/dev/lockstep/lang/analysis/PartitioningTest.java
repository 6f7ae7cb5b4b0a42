package dev.lockstep.lang.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.analysis.PartitionReport.Route;
import dev.lockstep.lang.ir.CheckedSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sharding by key (seed 003 §6, acceptance C2): the multi-transaction 2PC and each refusal alone. */
class PartitioningTest {
    static PartitionReport.RoleResult role(CheckedSpec spec, String name) {
        return Partitioning.analyze(spec, List.of(spec.role(name).orElseThrow())).roles().get(0);
    }

    static List<String> texts(PartitionReport.RoleResult r) { return r.refusals().stream().map(Point::text).toList(); }

    @Test
    void theMultiTransactionTmIsPartitionableByTransaction() {
        CheckedSpec spec = MonotonicityTest.load("two-phase-commit-txs.lstep");
        PartitionReport.RoleResult tm = role(spec, "TM");
        assertTrue(tm.partitionable(), tm.refusals().toString());
        assertEquals("Txs", tm.key());
        assertEquals(List.of(new Route("ReceivePrepared", "Prepared", "Prepared.tx"), new Route("Commit", null, "t"),
                new Route("Abort", null, "t")), tm.routes());
        assertTrue(role(spec, "ResourceManager").partitionable());
    }

    @Test
    void aTmGuardOverAllTransactionsIsRefusedAtThatLine() {
        CheckedSpec spec = MonotonicityTest.load("analysis/two-phase-commit-txs-batch.lstep");
        PartitionReport.RoleResult tm = role(spec, "TM");
        assertFalse(tm.partitionable());
        assertEquals(List.of("\\A u \\in Txs : prepared[u] = RM"), texts(tm));
        assertEquals(32, tm.refusals().get(0).span().line());
        assertTrue(role(spec, "ResourceManager").partitionable());
    }

    @Test
    void theSingleTransactionTmHasNoKey() {
        PartitionReport.RoleResult tm = role(MonotonicityTest.load("two-phase-commit.lstep"), "TM");
        assertNull(tm.key());
        assertEquals(List.of("var state: enum { init, done } = init", "var prepared: set<node> = {}"), texts(tm));
    }

    private static final String KEYED = """
            protocol P
            const Keys: set<int>
            const Nodes: set<node>
            message Put { k: int, v: int }
            message Get { k: int, j: int }
            network set
            role Store at Nodes {
              var data: map<int, set<int>> = [k \\in Keys |-> {}]
              var hits: map<int, int> = [k \\in Keys |-> 0]
            %s
            }
            model m { Keys = {1, 2}  Nodes = {n1} }
            """;

    private static PartitionReport.RoleResult store(String actions) {
        return role(MonotonicityTest.compile(KEYED.formatted(actions)), "Store");
    }

    @Test
    void aKeyMayBeAFunctionOfTheMessageAFunctionalDependency() {
        PartitionReport.RoleResult r = store("""
                  on receive m: Put do data' = [data EXCEPT ![m.k % 2] = @ \\cup {m.v}]
                  on receive m: Get do hits' = [hits EXCEPT ![m.k] = @ + 1]
                """);
        assertTrue(r.partitionable(), r.refusals().toString());
        assertEquals("Put.k % 2", r.routes().get(0).key());
        assertEquals("Get.k", r.routes().get(1).key());
    }

    @Test
    void eachWayOfTouchingSeveralKeysIsRefused() {
        assertEquals(List.of("data' = [k \\in Keys |-> {}]"),
                texts(store("  auto action Reset do data' = [k \\in Keys |-> {}]")));
        assertEquals(List.of("data"), texts(store("  on receive m: Get when data /= [k \\in Keys |-> {}] do hits' = [hits EXCEPT ![m.k] = 1]")));
        PartitionReport.RoleResult two = store("  on receive m: Get do hits' = [hits EXCEPT ![m.k] = Cardinality(data[m.j])]");
        assertFalse(two.partitionable());
        assertTrue(two.refusals().get(0).reason().contains("several keys: m.k, m.j"), two.refusals().toString());
        assertTrue(texts(store("  auto action Count(k \\in Keys) when \\E j \\in Keys : data[j] /= {} do hits' = [hits EXCEPT ![k] = 1]"))
                .contains("\\E j \\in Keys : data[j] /= {}"));
        assertEquals(List.of("hits[k]"), texts(store("  auto action Bump(k \\in Keys) do hits' = [hits EXCEPT ![hits[k]] = 1]")));
    }

    @Test
    void aMessageRoutedByTwoDifferentKeysNeedsAShuffle() {
        PartitionReport.RoleResult r = store("""
                  on receive m: Get as ByK do hits' = [hits EXCEPT ![m.k] = @ + 1]
                  on receive m: Get as ByJ do hits' = [hits EXCEPT ![m.j] = @ + 1]
                """);
        assertFalse(r.partitionable());
        assertTrue(r.refusals().get(0).reason().contains("routed by `Get.k` in ByK but by `Get.j` here"),
                r.refusals().toString());
    }
}
