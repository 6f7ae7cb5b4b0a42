package dev.lockstep.lang.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The layered stack {@code specs/gossip-stack.lstep} on the seed's 100-node random graph of degree 4 (Fig. 8;
 * docs/gossip.md): it recovers from the scripted disruptions, and the correlated merge bundles layers.
 */
class GossipStackTest {
    static final Path STACK = Path.of("../specs/gossip-stack.lstep");

    private static GossipSimulation sim(String text) {
        Frontend.Compilation c = Frontend.compile("gossip-stack.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return new GossipSimulation(ModelInstance.bind(c.spec().orElseThrow(), "sim").orElseThrow());
    }

    @Test
    void everyLayerRecoversAndTheMergeCarriesAtLeastTwoLayersPerExchange() throws IOException {
        String text = Files.readString(STACK);
        Schedule script = Schedule.parse("crash 10% @40; restart @70; clobber Node.leader @100");
        ConvergenceReport merged = ConvergenceReport.measure(sim(text), 3, 1, 130, script);
        assertTrue(merged.settledEveryTime(), merged.render());
        double exchanges = merged.actualRate()[0];
        double carried = Arrays.stream(merged.effectiveRate()).sum();
        assertTrue(carried / exchanges >= 2, merged.render());
        // The same four layers run separately: one exchange per update, at least twice the merge's exchanges.
        String separate = text.replace("compose correlated Stack(Elect, Grow, Count, Label)", "");
        ConvergenceReport apart = ConvergenceReport.measure(sim(separate), 3, 1, 20, Schedule.NONE);
        assertEquals(4, apart.protocols().size());
        double apartExchanges = Arrays.stream(apart.actualRate()).sum();
        assertTrue(exchanges <= 0.5 * apartExchanges, exchanges + " vs " + apartExchanges);
    }

    @Test
    void theSimulatorModelIsTheSeededRandomRegularGraph() throws IOException {
        assertTrue(Files.readString(STACK).contains(RandomRegularGraph.modelText("sim", 100, 4, 16, 10)),
                "specs/gossip-stack.lstep's model sim is not RandomRegularGraph.modelText(\"sim\", 100, 4, 16, 10)");
        RandomRegularGraph g = RandomRegularGraph.of(100, 4, 16);
        for (int i = 0; i < 100; i++) {
            assertEquals(4, g.neighbours()[i].length);
            int node = i;
            for (int m : g.neighbours()[i]) {
                assertTrue(m != node && Arrays.stream(g.neighbours()[m]).anyMatch(x -> x == node), "symmetric, no loop");
            }
        }
        assertEquals(100, Arrays.stream(g.address()).distinct().filter(a -> a >= 1 && a <= 100).count());
        assertEquals(6, g.diameter());
        assertTrue(Arrays.deepEquals(g.neighbours(), RandomRegularGraph.of(100, 4, 16).neighbours()), "seeded");
        assertTrue(!Arrays.deepEquals(g.neighbours(), RandomRegularGraph.of(100, 4, 17).neighbours()));
        assertThrows(IllegalArgumentException.class, () -> RandomRegularGraph.of(5, 3, 1));
    }
}
