package dev.lockstep.lang.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code compose} (docs/gossip.md): each operator desugars into plain exchanges whose steps are exactly the outcomes
 * of positive probability of MiCA's Figs. 3-5.
 */
class CompositionsTest {
    /** Two MinFinders on one node; VA and VB are their views, COMPOSE the composition line (or nothing). */
    private static final String TWO = """
            protocol P
            const Nodes: set<node>
            const Two: set<node>
            const Three: set<node>
            const Init: map<node, int>
            network set
            role Node at Nodes {
              var a: int \\in 1..2
              var b: int \\in 1..2
              fair exchange A with peer \\in VA rate 1 do a' = Min({a, peer.a})  peer.a' = Min({a, peer.a})
              fair exchange B with peer \\in VB rate 1 do b' = Min({b, peer.b})  peer.b' = Min({b, peer.b})
              COMPOSE
            }
            model m { Nodes = {n1, n2, n3}  Two = {n2}  Three = {n3}  Init = n1 :> 2 @@ n2 :> 2 @@ n3 :> 1 }
            """;

    static CheckedSpec compile(String compose, String va, String vb) {
        Frontend.Compilation c = Frontend.compile("two.lstep", TWO.replace("COMPOSE", compose).replace("VA", va)
                .replace("VB", vb));
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    private static ExploreResult explore(CheckedSpec spec) {
        return new Explorer(ModelInstance.bind(spec, "m").orElseThrow()).run(ExploreOptions.defaults());
    }

    /** The labels of the steps from the first initial state, as "Action(peer)" at node n1. */
    private static Set<String> stepsOfN1(CheckedSpec spec) {
        ModelInstance m = ModelInstance.bind(spec, "m").orElseThrow();
        Transitions t = new Transitions(m);
        State s = t.initialStates().get(0);
        Set<String> out = new TreeSet<>();
        t.successors(s, (label, next) -> {
            if (label.node().show().equals("n1")) out.add(label.name() + "(" + label.params().get(0).show() + ")");
        });
        return out;
    }

    private static List<String> actions(CheckedSpec spec) {
        List<String> out = new ArrayList<>();
        for (CheckedSpec.Action a : spec.roles().get(0).actions()) out.add(a.name());
        return out;
    }

    @Test
    void correlatedMergeOfIdenticalViewsRunsBothUpdatesAtEveryExchange() {
        CheckedSpec spec = compile("compose correlated C(A, B)", "Nodes \\ {self}", "Nodes \\ {self}");
        assertEquals(List.of("C", "C_A", "C_B"), actions(spec));
        // gamma = 1 on every peer: only C is ever enabled.
        assertEquals(Set.of("C(n2)", "C(n3)"), stepsOfN1(spec));
        assertEquals(new CheckedSpec.Composition("correlated", "C", "A", "B", 1, 1,
                spec.roles().get(0).compositions().get(0).span()), spec.roles().get(0).compositions().get(0));
    }

    @Test
    void correlatedMergeOfDisjointViewsNeverRunsBoth() {
        CheckedSpec spec = compile("compose correlated C(A, B)", "Two", "Three");
        assertEquals(Set.of("C_A(n2)", "C_B(n3)"), stepsOfN1(spec));
    }

    @Test
    void correlatedMergeOfASmallerViewRunsItAloneOrWithTheOther() {
        // The seed's "odd vs all" example: A's share on n2 (1/1) exceeds B's (1/2): A alone or both; n3 is B's only.
        CheckedSpec spec = compile("compose correlated C(A, B)", "Two", "Nodes \\ {self}");
        assertEquals(Set.of("C(n2)", "C_A(n2)", "C_B(n3)"), stepsOfN1(spec));
    }

    @Test
    void independentMergeHasTheStepsOfTheTwoProtocolsSideBySide() {
        String view = "Nodes \\ {self}";
        ExploreResult apart = explore(fixedStart(compile("", view, view)));
        ExploreResult merged = explore(fixedStart(compile("compose independent C(A, B)", view, view)));
        assertEquals(List.of("C_A", "C_B"), actions(compile("compose independent C(A, B)", view, view)));
        assertEquals(apart.distinct(), merged.distinct());
        assertEquals(apart.generated(), merged.generated());
        // Correlated bundles the updates: a and b move together, so fewer states, and 6 steps from each, not 12.
        ExploreResult correlated = explore(fixedStart(compile("compose correlated C(A, B)", view, view)));
        assertTrue(correlated.distinct() < apart.distinct(), correlated.distinct() + " vs " + apart.distinct());
        assertEquals(correlated.distinct() * 6 + 1, correlated.generated());
        assertEquals(apart.distinct() * 12 + 1, apart.generated());
    }

    /** The spec recompiled with one initial state: a = b = Init[self] at every node. */
    private static CheckedSpec fixedStart(CheckedSpec spec) {
        String text = spec.file().text().replace("var a: int \\in 1..2", "var a: int = Init[self]")
                .replace("var b: int \\in 1..2", "var b: int = Init[self]");
        Frontend.Compilation c = Frontend.compile("fixed.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    @Test
    void roundRobinAlternatesTheTwoUpdates() {
        CheckedSpec spec = compile("compose roundrobin C(A, B)", "Nodes \\ {self}", "Nodes \\ {self}");
        assertEquals(List.of("C_A", "C_B"), actions(spec));
        assertTrue(spec.roles().get(0).vars().stream().anyMatch(v -> v.name().equals("C_turn")));
        // The turn starts with A: B is not enabled until n1 has run A.
        assertEquals(Set.of("C_A(n2)", "C_A(n3)"), stepsOfN1(spec));
    }

    @Test
    void aGuardedUpdateInACompositeAppliesOnlyWhereItsGuardHolds() {
        String text = TWO.replace("rate 1 do a'", "rate 1 when a > 1 do a'")
                .replace("COMPOSE", "compose correlated C(A, B)").replace("VA", "Nodes \\ {self}")
                .replace("VB", "Nodes \\ {self}");
        Frontend.Compilation c = Frontend.compile("guarded.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        ModelInstance m = ModelInstance.bind(c.spec().orElseThrow(), "m").orElseThrow();
        Transitions t = new Transitions(m);
        // n1 holds a = 1, b = 1 and n2 holds a = 2, b = 2: A's guard (a > 1) is false at n1, B has none.
        State s = t.initialStates().stream().filter(x -> show(m, x, 0).equals("1 1") && show(m, x, 1).equals("2 2"))
                .findFirst().orElseThrow();
        CheckedSpec.Action both = m.spec().roles().get(0).actions().get(0);
        State next = t.apply(s, new dev.lockstep.lang.explore.Label(both, both.name(), m.nodes(0)[0],
                List.of(m.nodes(0)[1]), null)).next();
        // B's update ran (n2's b is now 1); A's did not (n2's a is still 2): each update all or nothing.
        assertEquals("2 1", show(m, next, 1));
        assertEquals("1 1", show(m, next, 0));
    }

    private static String show(ModelInstance m, State s, int node) {
        int base = m.nodeBase(0, node);
        return s.slot(base).show() + " " + s.slot(base + 1).show();
    }
}
