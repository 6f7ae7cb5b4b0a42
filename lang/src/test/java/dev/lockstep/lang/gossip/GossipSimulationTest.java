package dev.lockstep.lang.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gossip simulator (docs/gossip.md): MiCA's rates of the composition operators, and convergence per layer
 * through scripted disruptions.
 */
class GossipSimulationTest {
    /** Two MinFinders of 20 nodes with identical uniform views, composed by COMPOSE. */
    private static final String TWENTY = """
            protocol P
            const Nodes: set<node>
            network set
            role Node at Nodes {
              var addr: int \\in 1..20
              var mem: int \\in 1..20
              var minAddr: int = addr
              var minMem: int = mem
              exchange ByAddr with peer \\in Nodes \\ {self} rate 1
                do minAddr' = Min({minAddr, peer.minAddr})  peer.minAddr' = Min({minAddr, peer.minAddr})
              exchange ByMemory with peer \\in Nodes \\ {self} rate 1
                do minMem' = Min({minMem, peer.minMem})  peer.minMem' = Min({minMem, peer.minMem})
              compose COMPOSE Both(ByAddr, ByMemory)
            }
            model sim { Nodes = {n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15, n16, n17, n18, n19, n20} }
            """;

    private static GossipSimulation sim(String kind) {
        Frontend.Compilation c = Frontend.compile("twenty.lstep", TWENTY.replace("COMPOSE", kind));
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        CheckedSpec spec = c.spec().orElseThrow();
        return new GossipSimulation(ModelInstance.bind(spec, "sim").orElseThrow());
    }

    @Test
    void correlatedMergeOfIdenticalViewsHalvesTheExchangesAndKeepsEachRate() {
        // The acceptance, over 200 seeds: correlated merge takes about half the exchanges of independent merge,
        // and each sub-protocol's effective rate is 1.00 +- 0.03 in both.
        ConvergenceReport correlated = ConvergenceReport.measure(sim("correlated"), 0, 200, 20, Schedule.NONE);
        ConvergenceReport independent = ConvergenceReport.measure(sim("independent"), 0, 200, 20, Schedule.NONE);
        double ratio = correlated.actualRate()[0] / independent.actualRate()[0];
        assertEquals(0.5, ratio, 0.03, "exchanges, correlated / independent");
        for (ConvergenceReport r : List.of(correlated, independent)) {
            assertEquals(1.0, r.effectiveRate()[0], 0.03, "ByAddr's effective rate");
            assertEquals(1.0, r.effectiveRate()[1], 0.03, "ByMemory's effective rate");
        }
        // Two layers per exchange in the correlated merge (gamma = 1), one in the independent.
        assertEquals(2.0, (correlated.effectiveRate()[0] + correlated.effectiveRate()[1]) / correlated.actualRate()[0],
                1e-9);
        assertEquals(1.0, (independent.effectiveRate()[0] + independent.effectiveRate()[1])
                / independent.actualRate()[0], 1e-9);
    }

    @Test
    void everyLayerSettlesAgainAfterEachDisruption() {
        Schedule script = Schedule.parse("crash 10% @40; restart @70; clobber Node.minAddr @100");
        ConvergenceReport r = ConvergenceReport.measure(sim("correlated"), 7, 5, 130, script);
        assertEquals(List.of(40, 70, 100), r.disruptions());
        int[][] settled = r.settledAt();
        assertTrue(r.settledEveryTime(), r.render());
        // The clobber at round 100 disturbs minAddr (layer ByAddr) and not minMem.
        assertTrue(r.changed()[100][0] > 0.2 && r.changed()[100][1] == 0, r.render());
        assertTrue(settled[0][3] > 100 && settled[1][3] == 100, r.render());
        // The restart at 70 brings back nodes at their initial values, which change again.
        assertTrue(r.changed()[70][0] > 0, r.render());
    }

    @Test
    void aRunIsAFunctionOfItsSeed() {
        GossipSimulation s = sim("correlated");
        GossipSimulation.Run a = s.run(42, 10, Schedule.NONE);
        GossipSimulation.Run b = s.run(42, 10, Schedule.NONE);
        assertEquals(a.actual()[0], b.actual()[0]);
        assertTrue(java.util.Arrays.deepEquals(a.changed(), b.changed()));
    }

    @Test
    void schedulesAreParsedOrRefusedWithTheirPart() {
        assertEquals(List.of(new Schedule.Crash(10, 40), new Schedule.Restart(70), new Schedule.Clobber("L", "x", 100)),
                Schedule.parse("crash 10% @40; restart @70; clobber L.x @100").events());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Schedule.parse("crash 10 @4")).getMessage()
                .contains("'crash 10 @4'"));
        assertThrows(IllegalArgumentException.class, () -> Schedule.parse("crash 150% @4"));
        assertThrows(IllegalArgumentException.class, () -> Schedule.parse("restart @0"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sim("correlated").validate(Schedule.parse("clobber Node.nope @3")));
        assertTrue(e.getMessage().contains("has no variable nope"), e.getMessage());
    }
}
