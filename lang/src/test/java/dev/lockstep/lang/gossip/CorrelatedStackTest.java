package dev.lockstep.lang.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A correlated merge of more than two exchanges (docs/gossip.md, "Stacks"): the desugared exchanges are the sets
 * of sub-protocols that run together with positive probability (Fig. 4 with n sub-protocols), and the simulator
 * keeps every sub-protocol's rate while bundling those whose views overlap.
 */
class CorrelatedStackTest {
    /** Four MinFinders: A and B over view VA, C and D over VC, composed by COMPOSE. */
    private static final String FOUR = """
            protocol P
            const Nodes: set<node>
            const Two: set<node>
            const Five: set<node>
            network set
            role Node at Nodes {
              var a: int \\in 1..20
              var b: int = a
              var c: int = a
              var d: int = a
              exchange A with peer \\in VA rate 1 do a' = Min({a, peer.a})  peer.a' = Min({a, peer.a})
              exchange B with peer \\in VA rate 1 do b' = Min({b, peer.b})  peer.b' = Min({b, peer.b})
              exchange C with peer \\in VC rate 1 do c' = Min({c, peer.c})  peer.c' = Min({c, peer.c})
              exchange D with peer \\in VC rate 1 do d' = Min({d, peer.d})  peer.d' = Min({d, peer.d})
              COMPOSE
            }
            model m { Nodes = {n1, n2, n3}  Two = {n2}  Five = {n1, n2, n3} }
            model sim {
              Nodes = {n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15, n16, n17, n18, n19, n20}
              Two = {n2}
              Five = {n1, n2, n3, n4, n5}
            }
            """;

    private static Frontend.Compilation compile(String compose, String va, String vc) {
        return Frontend.compile("four.lstep", FOUR.replace("COMPOSE", compose).replace("VA", va).replace("VC", vc));
    }

    private static CheckedSpec spec(String compose, String va, String vc) {
        Frontend.Compilation c = compile(compose, va, vc);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    private static List<String> actions(CheckedSpec spec) {
        List<String> out = new ArrayList<>();
        for (CheckedSpec.Action a : spec.roles().get(0).actions()) out.add(a.name());
        return out;
    }

    /** The enabled steps of n1 from the first initial state, as "Action(peer)". */
    private static Set<String> stepsOfN1(CheckedSpec spec) {
        Transitions t = new Transitions(ModelInstance.bind(spec, "m").orElseThrow());
        State s = t.initialStates().get(0);
        Set<String> out = new TreeSet<>();
        t.successors(s, (label, next) -> {
            if (label.node().show().equals("n1")) out.add(label.name() + "(" + label.params().get(0).show() + ")");
        });
        return out;
    }

    @Test
    void exchangesWithTheSameViewFormOneGroupThatAlwaysRunsTogether() {
        String all = "Nodes \\ {self}";
        CheckedSpec spec = spec("compose correlated S(A, B, C, D)", all, all);
        assertEquals(List.of("S"), actions(spec));
        assertEquals(Set.of("S(n2)", "S(n3)"), stepsOfN1(spec));
        CheckedSpec.Composition c = spec.roles().get(0).compositions().get(0);
        assertTrue(c.nAry());
        assertEquals(new CheckedSpec.Member("C", 1, List.of("c"), List.of("S")), c.members().get(2));
    }

    @Test
    void eachSetOfGroupsRunsWhereItsMassIsPositive() {
        // At n1, A and B have the share 1/2 on n2 and n3, C and D 1/1 on n2 (the seed's "odd vs all"): on n2 all
        // four run (mass 1/2) or C and D alone (1/2); on n3 A and B alone.
        CheckedSpec spec = spec("compose correlated S(A, B, C, D)", "Nodes \\ {self}", "Two");
        assertEquals(List.of("S", "S_C_D", "S_A_B"), actions(spec));
        assertEquals(Set.of("S(n2)", "S_C_D(n2)", "S_A_B(n3)"), stepsOfN1(spec));
        assertEquals(List.of("S", "S_A_B"), spec.roles().get(0).compositions().get(0).members().get(0).parts());
    }

    @Test
    void onlyACorrelatedMergeTakesMoreThanTwoExchanges() {
        Frontend.Compilation c = compile("compose independent S(A, B, C)", "Nodes \\ {self}", "Two");
        assertFalse(c.ok());
        assertEquals(Code.COMPOSE_TOO_MANY, c.diagnostics().get(0).code(), DiagnosticPrinter.render(c.diagnostics()));
        Frontend.Compilation twice = compile("compose correlated S(A, B, A)", "Nodes \\ {self}", "Two");
        assertEquals(Code.COMPOSE_NOT_AN_EXCHANGE, twice.diagnostics().get(0).code());
    }

    @Test
    void theSimulatorKeepsEveryRateAndBundlesWhereTheViewsOverlap() {
        // A and B over the 19 other nodes, C and D over the other nodes of Five (4 or 5 peers). Fig. 4's rate, the
        // area under the largest share: 1 + 15/19 at the five nodes of Five, 1 + 14/19 at the others, 1.75 on
        // average; each sub-protocol keeps its rate 1, so 4 / 1.75 = 2.29 layers per exchange.
        CheckedSpec spec = spec("compose correlated S(A, B, C, D)", "Nodes \\ {self}", "Five \\ {self}");
        GossipSimulation sim = new GossipSimulation(ModelInstance.bind(spec, "sim").orElseThrow());
        ConvergenceReport r = ConvergenceReport.measure(sim, 0, 20, 10, Schedule.NONE);
        assertEquals(1.75, r.actualRate()[0], 0.05, r.render());
        for (int i = 0; i < 4; i++) assertEquals(1.0, r.effectiveRate()[i], 0.05, r.render());
        // Identical views: one exchange carries all four.
        String all = "Nodes \\ {self}";
        GossipSimulation same = new GossipSimulation(ModelInstance.bind(spec("compose correlated S(A, B, C, D)", all,
                all), "sim").orElseThrow());
        ConvergenceReport s = ConvergenceReport.measure(same, 0, 10, 10, Schedule.NONE);
        assertEquals(1.0, s.actualRate()[0], 0.05, s.render());
        assertEquals(4.0, java.util.Arrays.stream(s.effectiveRate()).sum() / s.actualRate()[0], 1e-9);
    }
}
