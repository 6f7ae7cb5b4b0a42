package dev.lockstep.lang.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A correlated merge of weighted views (docs/gossip.md, "Weighted views"): Fig. 4 normalizes each view by its total
 * weight; the desugared parts carry the masses as weights, so the model takes their support and the simulator keeps
 * each sub-protocol's view (its weights) and rate.
 */
class WeightedCorrelatedTest {
    /** A uniform MinFinder A and a MinFinder B weighting the peers of Heavy 3 (WB), composed by COMPOSE. */
    private static final String TWO = """
            protocol W
            const Nodes: set<node>
            const Heavy: set<node>
            network set
            role Node at Nodes {
              var a: int \\in 1..2
              var b: int \\in 1..2
              fair exchange A with peer \\in Nodes \\ {self} WA rate RA
                do a' = Min({a, peer.a})  peer.a' = Min({a, peer.a})
              fair exchange B with peer \\in Nodes \\ {self} WB rate 1
                do b' = Min({b, peer.b})  peer.b' = Min({b, peer.b})
              COMPOSE
            }
            model m { Nodes = {n1, n2, n3}  Heavy = {n2} }
            model sim {
              Nodes = {n1, n2, n3, n4, n5, n6, n7, n8}
              Heavy = {n1, n2}
            }
            """;

    private static final String HEAVY = "weighted IF peer \\in Heavy THEN 3 ELSE 1";

    private static CheckedSpec spec(String compose, String wa, String wb, int ra) {
        Frontend.Compilation c = Frontend.compile("w.lstep", TWO.replace("COMPOSE", compose).replace("WA", wa)
                .replace("WB", wb).replace("RA", Integer.toString(ra)));
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    /** The enabled steps of n1 from the first initial state, as "Action(peer)". */
    private static Set<String> stepsOfN1(CheckedSpec spec) {
        Transitions t = new Transitions(ModelInstance.bind(spec, "m").orElseThrow());
        Set<String> out = new TreeSet<>();
        t.successors(t.initialStates().get(0), (label, next) -> {
            if (label.node().show().equals("n1")) out.add(label.name() + "(" + label.params().get(0).show() + ")");
        });
        return out;
    }

    private static ExploreResult explore(CheckedSpec spec) {
        return new Explorer(ModelInstance.bind(spec, "m").orElseThrow()).run(ExploreOptions.defaults());
    }

    @Test
    void theModelTakesTheOutcomesOfPositiveProbability() {
        // At n1, A's share is 1/2 on n2 and n3; B's (total weight 4) is 3/4 on n2, 1/4 on n3: on n2 both run or B
        // alone, on n3 both or A alone (Fig. 4's gamma, beta, alpha).
        CheckedSpec spec = spec("compose correlated C(A, B)", "", HEAVY, 1);
        assertEquals(Set.of("C(n2)", "C_B(n2)", "C(n3)", "C_A(n3)"), stepsOfN1(spec));
        assertTrue(spec.roles().get(0).compositions().get(0).nAry());
    }

    @Test
    void equalWeightsHaveTheSupportOfTheUniformMerge() {
        CheckedSpec uniform = spec("compose correlated C(A, B)", "", "", 1);
        CheckedSpec weighted = spec("compose correlated C(A, B)", "weighted 2", "weighted 2", 1);
        assertEquals(stepsOfN1(uniform), stepsOfN1(weighted));
        ExploreResult u = explore(uniform);
        ExploreResult w = explore(weighted);
        assertEquals(u.distinct(), w.distinct());
        assertEquals(u.generated(), w.generated());
        // And a weight that differs changes it: B's heavy peer gives B alone a step of its own (TLC: 64 / 704 too).
        ExploreResult heavy = explore(spec("compose correlated C(A, B)", "", HEAVY, 1));
        assertEquals(64, heavy.distinct());
        assertEquals(704, heavy.generated());
        assertEquals(448, u.generated());
    }

    @Test
    void thePartsWeightsKeepEachViewAndRateExactly() {
        for (int ra : new int[] {1, 2}) {
            CheckedSpec spec = spec("compose correlated C(A, B)", "", HEAVY, ra);
            ModelInstance m = ModelInstance.bind(spec, "sim").orElseThrow();
            GossipSimulation sim = new GossipSimulation(m);
            GossipProtocols.Merged merged = (GossipProtocols.Merged) sim.protocols().get(0);
            Value[] slots = RandomInitialState.of(new Transitions(m), new SplittableRandom(0)).slots();
            for (int n : new int[] {0, 7}) {   // n1 is heavy, n8 is not
                Map<Value, double[]> mass = new HashMap<>();  // per peer: A's, B's, the composite's
                for (GossipProtocols.Part part : merged.parts()) {
                    List<Value> view = sim.view(part.action(), slots, n);
                    double[] w = sim.weights(part.action(), view, slots, n);
                    for (int i = 0; i < w.length; i++) {
                        double[] x = mass.computeIfAbsent(view.get(i), k -> new double[3]);
                        for (int member : part.members()) x[member] += w[i];
                        x[2] += w[i];
                    }
                }
                Set<String> heavy = Set.of("n1", "n2");
                double totalB = 0;
                for (Value p : mass.keySet()) totalB += heavy.contains(p.show()) ? 3 : 1;
                double[] sums = new double[3];
                for (double[] x : mass.values()) for (int i = 0; i < 3; i++) sums[i] += x[i];
                double rate = rateOf(ra, totalB, heavy, mass);
                for (Value p : mass.keySet()) {
                    double vb = (heavy.contains(p.show()) ? 3 : 1) / totalB;
                    double va = 1.0 / 7;
                    double[] x = mass.get(p);
                    // View preservation: each sub-protocol meets p in the proportion of its own view.
                    assertEquals(va, x[0] / sums[0], 1e-12, p.show());
                    assertEquals(vb, x[1] / sums[1], 1e-12, p.show());
                    // The composite's view: normalize(max(w v1, (1 - w) v2)).
                    assertEquals(Math.max(ra * va, vb), x[2] / sums[2] * rate, 1e-12);
                }
                // Rate preservation: A runs in ra / rate of the exchanges, B in 1 / rate.
                assertEquals(ra / rate, sums[0] / sums[2], 1e-12);
                assertEquals(1 / rate, sums[1] / sums[2], 1e-12);
            }
        }
    }

    /** Fig. 4's rate at the node: the area under the larger share, A's ra / 7, B's 3 or 1 over its total. */
    private static double rateOf(int ra, double totalB, Set<String> heavy, Map<Value, double[]> mass) {
        double rate = 0;
        for (Value p : mass.keySet()) rate += Math.max(ra / 7.0, (heavy.contains(p.show()) ? 3 : 1) / totalB);
        return rate;
    }

    @Test
    void theSimulatorRunsFig4sRateAndKeepsEachSubProtocolsRate() {
        // Fig. 4's rate, the area under the larger share: at a light node (2 heavy peers at 3/11, 5 light at 1/11,
        // A at 1/7 on each) 6/11 + 5/7 = 1.260; at a heavy node 3/9 + 6/7 = 1.190; 1.242 on average. The bounds are
        // about 3 standard deviations of 4,000 node-rounds.
        CheckedSpec spec = spec("compose correlated C(A, B)", "", HEAVY, 1);
        GossipSimulation sim = new GossipSimulation(ModelInstance.bind(spec, "sim").orElseThrow());
        ConvergenceReport r = ConvergenceReport.measure(sim, 0, 5, 100, Schedule.NONE);
        double expected = (6 * (6.0 / 11 + 5.0 / 7) + 2 * (3.0 / 9 + 6.0 / 7)) / 8;
        assertEquals(expected, r.actualRate()[0], 0.05, r.render());
        assertEquals(1.0, r.effectiveRate()[0], 0.05, r.render());
        assertEquals(1.0, r.effectiveRate()[1], 0.05, r.render());
    }
}
