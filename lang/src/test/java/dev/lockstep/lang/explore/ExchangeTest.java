package dev.lockstep.lang.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Stmt;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exchange actions (docs/language.md, "Exchange actions"): one atomic step of two nodes of a role, and with
 * {@code may fail} the one-sided outcomes, each side all or nothing.
 */
class ExchangeTest {
    /** The pairwise MinFinder of specs/minfinder-pairwise.lstep; HEADER becomes the exchange's header words. */
    private static final String MINFINDER = """
            protocol P
            const Nodes: set<node>
            const Values: set<int>
            network set
            role Node at Nodes {
              var init: int \\in Values
              var val: int = init
              var seen: int = 0
              exchange Gossip with peer \\in VIEW HEADER
                do val' = Min({val, peer.val})
                   seen' = seen + 1
                   peer.val' = Min({val, peer.val})
                   peer.seen' = peer.seen + 1
            }
            model small { Nodes = {n1, n2, n3}  Values = {1, 2}  constraint \\A n \\in Nodes : Node[n].seen <= 0 }
            model walk { Nodes = {n1, n2, n3}  Values = {1, 2} }
            """;

    private static CheckedSpec compile(String header, String view) {
        Frontend.Compilation c = Frontend.compile("exchange.lstep", MINFINDER.replace("HEADER", header)
                .replace("VIEW", view));
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    private static ModelInstance bind(CheckedSpec spec, String model) {
        return ModelInstance.bind(spec, model).orElseThrow();
    }

    /** The state where n1, n2, n3 hold the given values (initial values the same, nothing seen). */
    private static State state(ModelInstance m, long... vals) {
        Value[] slots = new Value[m.slotCount()];
        for (int n = 0; n < vals.length; n++) {
            int base = m.nodeBase(0, n);
            slots[base] = IntV.of(vals[n]);
            slots[base + 1] = IntV.of(vals[n]);
            slots[base + 2] = IntV.of(0);
        }
        slots[m.networkSlot()] = new Transitions(m).initialStates().get(0).slot(m.networkSlot());
        return new State(slots);
    }

    private static long val(ModelInstance m, State s, int node) { return ((IntV) s.slot(m.nodeBase(0, node) + 1)).value(); }

    private static long seen(ModelInstance m, State s, int node) { return ((IntV) s.slot(m.nodeBase(0, node) + 2)).value(); }

    private static Label gossip(ModelInstance m, int self, Value... params) {
        CheckedSpec.Action a = m.spec().roles().get(0).actions().get(0);
        return new Label(a, a.name(), m.nodes(0)[self], List.of(params), null);
    }

    @Test
    void theExchangeIsOneStepOfBothNodes() {
        ModelInstance m = bind(compile("", "Nodes \\ {self}"), "walk");
        Successor s = new Transitions(m).apply(state(m, 2, 1, 2), gossip(m, 0, m.nodes(0)[1]));
        assertTrue(s.enabled());
        assertEquals(List.of(1L, 1L, 2L), List.of(val(m, s.next(), 0), val(m, s.next(), 1), val(m, s.next(), 2)));
        assertEquals(List.of(1L, 1L, 0L), List.of(seen(m, s.next(), 0), seen(m, s.next(), 1), seen(m, s.next(), 2)));
    }

    @Test
    void theModelsCountsAreTheIssuesAndEachPairIsOneSuccessor() {
        // 3 nodes, init \in {1, 2}: the issue's 20 distinct / 128 generated / depth 3 (every state has 6 = 3 x 2
        // successors, plus the 8 initial states); 'seen' is held at 0 by the constraint, so only values count.
        String noSeen = MINFINDER.replace("seen' = seen + 1", "").replace("peer.seen' = peer.seen + 1", "");
        Frontend.Compilation c = Frontend.compile("exchange.lstep", noSeen.replace("HEADER", "")
                .replace("VIEW", "Nodes \\ {self}"));
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        ExploreResult r = new Explorer(bind(c.spec().orElseThrow(), "small")).run(ExploreOptions.defaults());
        assertEquals(ExploreResult.Status.HOLDS, r.status());
        assertEquals(List.of(20L, 128L, 3), List.of(r.distinct(), r.generated(), r.depth()));
        ExploreResult failing = new Explorer(bind(Frontend.compile("exchange.lstep", noSeen.replace("HEADER", "may fail")
                .replace("VIEW", "Nodes \\ {self}")).spec().orElseThrow(), "small")).run(ExploreOptions.defaults());
        // Three outcomes per pair are steps ("neither" is a stutter): 20 x 18 + 8.
        assertEquals(List.of(20L, 368L, 3), List.of(failing.distinct(), failing.generated(), failing.depth()));
    }

    @Test
    void aNodeNeverExchangesWithItself() {
        ModelInstance m = bind(compile("", "Nodes"), "walk");
        Transitions t = new Transitions(m);
        List<Label> labels = new ArrayList<>();
        t.successors(state(m, 1, 2, 2), (label, next) -> labels.add(label));
        assertEquals(6, labels.size(), labels::toString);
        assertTrue(labels.stream().noneMatch(l -> l.params().get(0).equals(l.node())), labels::toString);
        Successor self = t.apply(state(m, 1, 2, 2), gossip(m, 0, m.nodes(0)[0]));
        assertFalse(self.enabled());
    }

    @Test
    void aWeightedViewIsAChoiceOverItsSupport() {
        // Weight 0 for n2: no node picks n2 as its peer (n2 still picks others); positive weights change no step.
        ModelInstance m = bind(withNode("Far", "n2", "weighted IF peer = Far THEN 0 ELSE 5", "Nodes \\ {self}"), "walk");
        List<Label> labels = new ArrayList<>();
        new Transitions(m).successors(state(m, 1, 2, 2), (label, next) -> labels.add(label));
        assertEquals(List.of("n1->n3", "n2->n1", "n2->n3", "n3->n1"), labels.stream().map(l -> l.node().show() + "->"
                + l.params().get(0).show()).toList());
    }

    @Test
    void aFailingExchangeCommitsEachSideWhollyOrNotAtAll() {
        ModelInstance m = bind(compile("may fail", "Nodes \\ {self}"), "walk");
        Transitions t = new Transitions(m);
        State s = state(m, 2, 1, 2);
        NodeV n2 = m.nodes(0)[1];
        State both = t.apply(s, gossip(m, 0, n2, new StrV("both"))).next();
        State initiator = t.apply(s, gossip(m, 0, n2, new StrV("initiator"))).next();
        State receiver = t.apply(s, gossip(m, 0, n2, new StrV("receiver"))).next();
        // Both: as the plain exchange. Initiator only: n1 took the minimum and counted, n2 did neither.
        assertEquals(List.of(1L, 1L, 1L, 1L), List.of(val(m, both, 0), seen(m, both, 0), val(m, both, 1), seen(m, both, 1)));
        assertEquals(List.of(1L, 1L, 1L, 0L),
                List.of(val(m, initiator, 0), seen(m, initiator, 0), val(m, initiator, 1), seen(m, initiator, 1)));
        assertEquals(List.of(2L, 0L, 1L, 1L),
                List.of(val(m, receiver, 0), seen(m, receiver, 0), val(m, receiver, 1), seen(m, receiver, 1)));
        List<String> outcomes = new ArrayList<>();
        t.successors(s, (label, next) -> {
            if (label.node().equals(m.nodes(0)[0]) && label.params().get(0).equals(n2)) {
                outcomes.add(((StrV) label.params().get(1)).value());
            }
        });
        assertEquals(CheckedSpec.Trigger.Exchange.OUTCOMES, outcomes);
    }

    /** The spec with a constant {@code name} bound to node {@code node} in both models. */
    private static CheckedSpec withNode(String name, String node, String header, String view) {
        String text = MINFINDER.replace("const Values: set<int>", "const Values: set<int>\nconst " + name + ": node")
                .replace("model walk { ", "model walk { " + name + " = " + node + " ")
                .replace("model small { ", "model small { " + name + " = " + node + " ");
        Frontend.Compilation c = Frontend.compile("exchange.lstep", text.replace("HEADER", header).replace("VIEW", view));
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    @Test
    void aPeerOutsideTheRoleFaultsWhenTheStepIsTaken() {
        ExploreResult r = new Explorer(bind(withNode("stranger", "x9", "", "{stranger}"), "walk"))
                .run(ExploreOptions.defaults());
        assertEquals(ExploreResult.Status.EVALUATION_ERROR, r.status());
        assertEquals("LS701", r.fault().code().id());
    }

    @Test
    void theHeaderIsKeptAndTheBodyIsWrittenInTheSharedIr() {
        CheckedSpec spec = compile("weighted 2 rate 3 may fail", "Nodes \\ {self}");
        CheckedSpec.Action a = spec.roles().get(0).actions().get(0);
        CheckedSpec.Trigger.Exchange x = assertInstanceOf(CheckedSpec.Trigger.Exchange.class, a.trigger());
        assertTrue(x.mayFail());
        assertEquals(new IntV(2), ((dev.lockstep.lang.ir.Expr.Lit) x.weight()).value());
        assertEquals(new IntV(3), ((dev.lockstep.lang.ir.Expr.Lit) x.rate()).value());
        assertEquals(List.of("peer", "outcome"), a.params().stream().map(p -> p.local().name()).toList());
        assertInstanceOf(Stmt.PeerAssign.class, a.effects().get(2));
        assertEquals(List.of(a), spec.exchanges());
        CheckedSpec plain = compile("", "Nodes \\ {self}");
        CheckedSpec.Trigger.Exchange px = (CheckedSpec.Trigger.Exchange) plain.roles().get(0).actions().get(0).trigger();
        assertNull(px.weight());
        assertNull(px.rate());
        assertFalse(px.mayFail());
    }
}
