package dev.lockstep.lang.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract of the one successor function, {@link Transitions#apply}: the guard's verdict with its first false
 * conjunct, the successor state, the sends with their statements, the consumed message and the assignment spans;
 * and that enumeration ({@link Transitions#successors}), which runs apply's guard and effects without building a
 * {@code Successor}, yields exactly what {@code apply} computes for each label.
 */
class SuccessorTest {

    static final String SPEC = """
            protocol Steps
            const A: node
            const B: set<node>
            message Ping { n: int }
            message Ack {}
            network bag lossy
            role R at {A} {
              var x: int = 0
              var y: int = 1
              var z: int = 5
              auto action Go(k \\in 1..2)
                when x < 1 /\\ (y = k /\\ z > 1)
                do x' = x + k
                   send Ping { n: x } to B
                   send Ping { n: 7 } to B
              on receive m: Ack do z' = z - 1
            }
            role S at B {
              var got: int = 0
              on receive m: Ping
                when m.n < 5
                do got' = m.n
                   send Ack {} to A
            }
            model m { A = a  B = {b1, b2} }
            """;

    final ModelInstance model = bind(SPEC, "m");
    final Transitions transitions = new Transitions(model);
    final State init = transitions.initialStates().get(0);
    final CheckedSpec.Action go = action("R", "Go");
    final CheckedSpec.Action onPing = action("S", "ReceivePing");

    @Test
    void theGuardsVerdictNamesItsFirstFalseConjunct() {
        // y = 1 initially: Go(k = 2) passes x < 2 and fails y = k, inside the parenthesised conjunction.
        Successor s = transitions.apply(init, step(go, "a", List.of(IntV.of(2)), null));
        assertFalse(s.enabled());
        assertFalse(s.guard().holds());
        assertEquals("y = k", s.guard().falseConjunct().span().text());
        assertEquals(s.guard().falseConjunct().span(), s.guard().span());
        assertNull(s.next(), "a disabled step has no successor");
        assertTrue(s.sent().isEmpty());
        assertEquals(List.of(IntV.of(2)), s.label().params(), "the label is the one asked for");
    }

    @Test
    void anEnabledStepAssignsOverTheOldStateAndSendsWithTheStatementOfEachMessage() {
        Successor s = transitions.apply(init, step(go, "a", List.of(IntV.of(1)), null));
        assertTrue(s.enabled());
        assertNull(s.guard().falseConjunct());
        assertEquals(IntV.of(1), s.next().slot(varSlot("R", "a", "x")));
        assertEquals(IntV.of(1), s.next().slot(varSlot("R", "a", "y")), "y is not assigned: it keeps its value");
        // Two sends to {b1, b2}: Ping{n: 0} reads the old x, then Ping{n: 7}; four messages in statement order.
        assertEquals(List.of("0 -> b1", "0 -> b2", "7 -> b1", "7 -> b2"),
                s.sent().stream().map(m -> m.get("n").show() + " -> " + m.get("dst").show()).toList());
        assertEquals(List.of("send Ping { n: x } to B", "send Ping { n: x } to B", "send Ping { n: 7 } to B",
                "send Ping { n: 7 } to B"), s.sentAt().stream().map(at -> at.text()).toList());
        FnV bag = (FnV) s.next().slot(model.networkSlot());
        for (RecordV m : s.sent()) assertEquals(IntV.of(1), bag.get(m), "every sent message is in flight");
        // Assignment spans: x is assigned, y and z are not.
        assertEquals("x' = x + k", s.assignedAt(index("R", "x")).text());
        assertNull(s.assignedAt(index("R", "y")));
        assertNull(s.assignedAt(index("R", "z")));
    }

    @Test
    void aReceiveConsumesItsMessageAndSeesItInTheGuardAndEffects() {
        State sent = transitions.apply(init, step(go, "a", List.of(IntV.of(1)), null)).next();
        RecordV ping0 = inFlight(sent, "Ping", "b1", 0);
        Successor s = transitions.apply(sent, step(onPing, "b1", List.of(), ping0));
        assertTrue(s.enabled());
        assertEquals(ping0, s.label().message());
        assertEquals(IntV.of(0), s.next().slot(varSlot("S", "b1", "got")));
        FnV bag = (FnV) s.next().slot(model.networkSlot());
        assertNull(bag.get(ping0), "the consumed copy left the bag");
        assertEquals(1, s.sent().size());
        assertEquals(IntV.of(1), bag.get(s.sent().get(0)), "the Ack is in flight");
        // The message is part of the guard: Ping{n: 7} fails m.n < 5.
        Successor refused = transitions.apply(sent, step(onPing, "b1", List.of(), inFlight(sent, "Ping", "b1", 7)));
        assertFalse(refused.enabled());
        assertEquals("m.n < 5", refused.guard().falseConjunct().span().text());
    }

    @Test
    void aNetworkStepIsALabelledStepToo() {
        State sent = transitions.apply(init, step(go, "a", List.of(IntV.of(1)), null)).next();
        RecordV ping7 = inFlight(sent, "Ping", "b2", 7);
        Successor drop = transitions.apply(sent, Label.environment(Transitions.DROP, ping7));
        assertTrue(drop.enabled());
        assertTrue(drop.sent().isEmpty());
        assertEquals(Network.drop(model.spec().network().kind(), sent.slot(model.networkSlot()), ping7),
                drop.next().slot(model.networkSlot()));
        assertNull(drop.assignedAt(0));
    }

    @Test
    void enumerationYieldsExactlyTheSuccessorsApplyComputes() {
        // Every state of the model (reachable, bounded by the guards and the network), every label.
        Set<State> seen = new HashSet<>(transitions.initialStates());
        Deque<State> queue = new ArrayDeque<>(seen);
        int steps = 0;
        while (!queue.isEmpty()) {
            State s = queue.poll();
            List<Label> labels = new ArrayList<>();
            List<State> nexts = new ArrayList<>();
            transitions.successors(s, (label, next) -> {
                labels.add(label);
                nexts.add(next);
            });
            for (int i = 0; i < labels.size(); i++) {
                Label label = labels.get(i);
                State next = nexts.get(i);
                Successor applied = transitions.apply(s, label);
                assertTrue(applied.enabled(), label::show);
                assertEquals(next, applied.next(), label::show);
                assertTrue(transitions.stepsBetween(s, next).stream().anyMatch(b -> b.label().equals(label)),
                        label::show);
                if (seen.add(next)) queue.add(next);
                steps++;
            }
        }
        assertTrue(steps > 20, "the model has steps of every kind: " + steps);
    }

    // ---- helpers --------------------------------------------------------------------------------------

    static ModelInstance bind(String text, String modelName) {
        Frontend.Compilation c = Frontend.compile("steps.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        ModelInstance m = ModelInstance.bind(c.spec().get(), modelName).orElseThrow();
        return m;
    }

    CheckedSpec.Action action(String role, String name) {
        return model.spec().role(role).orElseThrow().actions().stream().filter(a -> a.name().equals(name))
                .findFirst().orElseThrow();
    }

    Label step(CheckedSpec.Action action, String node, List<Value> params, RecordV message) {
        return new Label(action, action.name(), node(action.role(), node), params, message);
    }

    Value node(String role, String name) {
        for (Value n : model.nodes(model.spec().role(role).orElseThrow().index())) if (n.show().equals(name)) return n;
        throw new AssertionError("no node " + name);
    }

    int index(String role, String var) {
        return model.spec().role(role).orElseThrow().vars().stream().filter(v -> v.name().equals(var)).findFirst()
                .orElseThrow().index();
    }

    int varSlot(String role, String node, String var) {
        CheckedSpec.Role r = model.spec().role(role).orElseThrow();
        int n = model.nodeIndex(r.index(), node(role, node));
        return model.nodeBase(r.index(), n) + index(role, var);
    }

    RecordV inFlight(State s, String type, String dst, long n) {
        List<RecordV> found = new ArrayList<>();
        Network.forEachDeliverable(model.spec().network().kind(), s.slot(model.networkSlot()), m -> {
            if (m.get("type").show().contains(type) && m.get("dst").show().equals(dst)
                    && m.get("n").equals(IntV.of(n))) {
                found.add(m);
            }
        });
        assertEquals(1, found.size(), "in flight: " + type + " " + n + " to " + dst);
        return found.get(0);
    }
}
