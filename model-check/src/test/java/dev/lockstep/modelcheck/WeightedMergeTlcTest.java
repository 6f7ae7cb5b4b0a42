package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A correlated merge of weighted views (docs/gossip.md, "Weighted views in a correlated merge") means the same
 * under TLC as in the explorer: its desugared parts carry weights whose totals are sums over the view, and both
 * take the support of those weights (counts pinned).
 */
class WeightedMergeTlcTest {
    /** Two MinFinders on four nodes; B weights n2 3 and the others 1 (WEIGHT), composed by a correlated merge. */
    private static final String SPEC = """
            protocol Weighted
            const Nodes: set<node>
            const Heavy: set<node>
            const Init: map<node, int>
            network set
            role Node at Nodes {
              var a: int = Init[self]
              var b: int = Init[self]
              fair exchange A with peer \\in Nodes \\ {self} rate 1 do a' = Min({a, peer.a})  peer.a' = Min({a, peer.a})
              fair exchange B with peer \\in Nodes \\ {self} WEIGHT rate 1
                do b' = Min({b, peer.b})  peer.b' = Min({b, peer.b})
              compose correlated C(A, B)
            }
            model four { Nodes = {n1, n2, n3, n4}  Heavy = {n2}  Init = n1 :> 3 @@ n2 :> 2 @@ n3 :> 1 @@ n4 :> 3 }
            """;

    @Test
    void theWeightedMergeHasTheSameStatesUnderTlc() {
        assertEquals("210/4411/6", CrossCheckTest.agreedFigures("weighted.lstep",
                SPEC.replace("WEIGHT", "weighted IF peer \\in Heavy THEN 3 ELSE 1"), "four"));
        // (Without the weight the views are identical and the merge always runs both: 18 / 217 / 4.)
    }
}
