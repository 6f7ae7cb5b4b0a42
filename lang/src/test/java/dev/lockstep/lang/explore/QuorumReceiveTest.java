package dev.lockstep.lang.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quorum receive ({@code on receive all ms: T from Q where m: filter}): what the received set holds, when the
 * step is enabled, what each network kind consumes, how the label records the set, that {@link Transitions#apply}
 * agrees with enumeration, and the checker's diagnostics.
 */
class QuorumReceiveTest {
    /** Each sender sends V{x: 1} and V{x: 2} to r; r takes the messages with x >= lo from the senders Q. */
    static String spec(String network) {
        return """
                protocol Q
                const Senders: set<node>
                const R: node
                const Pairs: set<set<node>>
                message V { x: int }
                network %s
                role S at Senders {
                  var sent: bool = FALSE
                  auto action Put when ~sent do sent' = TRUE
                                                send V { x: 1 } to R
                                                send V { x: 2 } to R
                }
                role Taker at {R} {
                  var lo: int = 1
                  var got: set<int> = {}
                  on receive all ms: V from Q where m: m.x >= lo as Take(Q \\in Pairs)
                    do got' = {m.x * 10 + Cardinality(ms) : m \\in ms}
                }
                model small { Senders = {a, b, c}  R = r  Pairs = {{a, b}, {a, c}} }
                """.formatted(network);
    }

    static ModelInstance bind(String text) {
        Frontend.Compilation c = Frontend.compile("q.lstep", text);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return ModelInstance.bind(c.spec().orElseThrow(), "small").orElseThrow();
    }

    /** The state after the listed senders' Put steps (in that order), from the single initial state. */
    static State afterPuts(Transitions t, String... senders) {
        State s = t.initialStates().get(0);
        for (String sender : senders) {
            List<State> next = new ArrayList<>();
            t.successors(s, (label, n) -> {
                if (label.name().equals("Put") && label.node().show().equals(sender)) next.add(n);
            });
            s = next.get(0);
        }
        return s;
    }

    static List<Label> takes(Transitions t, State s, List<State> nexts) {
        List<Label> out = new ArrayList<>();
        t.successors(s, (label, n) -> {
            if (label.name().equals("Take")) {
                out.add(label);
                nexts.add(n);
            }
        });
        return out;
    }

    @Test
    void enabledOnlyWhenEverySenderOfQSentOne() {
        Transitions t = new Transitions(bind(spec("set")));
        State onlyA = afterPuts(t, "a");
        assertEquals(List.of(), takes(t, onlyA, new ArrayList<>()), "b and c sent nothing yet");
        State ab = afterPuts(t, "a", "b");
        List<Label> labels = takes(t, ab, new ArrayList<>());
        assertEquals(1, labels.size(), "only Q = {a, b} is complete: " + labels);
        // All deliverable messages from Q that pass the filter: two per sender.
        assertEquals(4, labels.get(0).received().size());
        assertTrue(labels.get(0).show().contains("Taker[r].Take(Q = {a, b}) receiving all {"), labels.get(0).show());
    }

    @Test
    void consumptionFollowsTheNetworkKind() {
        for (NetworkKind kind : NetworkKind.values()) {
            Transitions t = new Transitions(bind(spec(kind.name().toLowerCase())));
            State ab = afterPuts(t, "a", "b");
            List<State> nexts = new ArrayList<>();
            Label take = takes(t, ab, nexts).get(0);
            int slot = t.model().networkSlot();
            int before = Network.size(kind, ab.slot(slot));
            int after = Network.size(kind, nexts.get(0).slot(slot));
            switch (kind) {
                case SET -> {
                    assertEquals(4, take.received().size());
                    assertEquals(before, after, "a set network keeps the messages");
                }
                case BAG -> {
                    assertEquals(4, take.received().size());
                    assertEquals(before - 4, after, "a bag loses one copy of each received message");
                }
                case FIFO -> {
                    assertEquals(2, take.received().size(), "only the channels' heads are deliverable");
                    for (Value m : take.received().elements()) assertEquals("1", ((RecordV) m).get("x").show());
                    assertEquals(before - 2, after, "each received head leaves its channel");
                }
            }
        }
    }

    @Test
    void applyAgreesWithEnumerationAndChecksTheRecordedSet() {
        Transitions t = new Transitions(bind(spec("bag")));
        State ab = afterPuts(t, "a", "b");
        List<State> nexts = new ArrayList<>();
        Label take = takes(t, ab, nexts).get(0);
        Successor s = t.apply(ab, take);
        assertTrue(s.enabled());
        assertEquals(nexts.get(0), s.next());
        // A label without the set leaves it to the spec; a label with another set is not a step.
        Label unrecorded = new Label(take.action(), take.name(), take.node(), take.params(), null);
        assertEquals(nexts.get(0), t.apply(ab, unrecorded).next());
        SetV fewer = ((SetV) take.received()).without(take.received().get(0));
        Successor wrong = t.apply(ab, new Label(take.action(), take.name(), take.node(), take.params(), null, fewer));
        assertFalse(wrong.enabled());
        assertNull(wrong.next());
        // Q = {a, c}: c sent nothing, so the step is disabled at the senders' expression.
        Value ac = SetV.of(node(t, "a"), node(t, "c"));
        Successor incomplete = t.apply(ab, new Label(take.action(), take.name(), take.node(), List.of(ac), null));
        assertFalse(incomplete.enabled());
        assertEquals("Q", text(incomplete));
    }

    private static Value node(Transitions t, String name) {
        for (var n : t.model().nodes(0)) if (n.show().equals(name)) return n;
        throw new AssertionError("no node " + name);
    }

    private static String text(Successor s) {
        var span = s.guard().span();
        return span.file().text().substring(span.start(), span.end());
    }

    @Test
    void checkerDiagnostics() {
        String base = spec("set");
        assertEquals(Code.TYPE_MISMATCH, firstError(base.replace("from Q where", "from 3 where")));
        assertEquals(Code.UNKNOWN_MESSAGE, firstError(base.replace("ms: V from", "ms: W from")));
        assertEquals(Code.NOT_A_PREDICATE, firstError(base.replace("m.x >= lo as", "m.x as")));
        // The filter's message name is not in scope in the guard or the effects.
        assertEquals(Code.UNKNOWN_NAME, firstError(base.replace("do got' =", "when m.x > 0 do got' =")));
        assertEquals(Code.UNEXPECTED_TOKEN, firstError(base.replace("ms: V from Q", "ms: V to Q")));
    }

    private static Code firstError(String text) {
        Frontend.Compilation c = Frontend.compile("q.lstep", text);
        assertFalse(c.ok(), text);
        Diagnostic d = c.diagnostics().get(0);
        return d.code();
    }
}
