package dev.lockstep.lang.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Function sets, options, the network reads and {@code fifo lossy any} in the reference semantics
 * (docs/language.md sections 5.7 to 5.9 and 8). Their agreement with TLC is model-check's NetworkReadsTlcTest.
 */
class LanguageV2PartBTest {
    private static CheckedSpec compile(String text) {
        Frontend.Compilation c = Frontend.compile("v2b.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    private static ExploreResult explore(String text) {
        CheckedSpec spec = compile(text);
        return new Explorer(ModelInstance.bind(spec, spec.models().get(0).name()).orElseThrow())
                .run(ExploreOptions.defaults().withDeadlock(false));
    }

    private static String predicate(String invariant) {
        return """
                protocol P
                const Nodes: set<node>
                const A: node
                const B: node
                role R at Nodes { var x: int = 0 }
                invariant I == %s
                model m { Nodes = {a, b}  A = a  B = b  check I }
                """.formatted(invariant);
    }

    @Test
    void aFunctionSetHoldsEveryFunctionOnce() {
        assertEquals(ExploreResult.Status.HOLDS, explore(predicate("""
                Cardinality([1..3 -> 0..1]) = 8 /\\ Cardinality([{} -> 0..1]) = 1 /\\ [Nodes -> {}] = {}
                  /\\ (A :> 1 @@ B :> 0) \\in [Nodes -> 0..1] /\\ (A :> 2 @@ B :> 0) \\notin [Nodes -> 0..1]
                  /\\ \\A f \\in [Nodes -> BOOLEAN] : DOMAIN f = Nodes""")).status());
    }

    @Test
    void aFunctionSetTooLargeToEnumerateIsAFaultNotAnOutOfMemory() {
        ExploreResult r = explore(predicate("Cardinality([1..30 -> 0..1]) > 0"));
        assertEquals(ExploreResult.Status.EVALUATION_ERROR, r.status());
        assertEquals("LS707", r.fault().code().id());
        assertTrue(r.fault().message().contains("2^30"), r.fault().message());
    }

    @Test
    void optionsAreSequencesOfAtMostOneValue() {
        assertEquals(ExploreResult.Status.HOLDS, explore(predicate("""
                None = <<>> /\\ Some(3) = <<3>> /\\ IsNone(None) /\\ IsSome(Some(A)) /\\ ~IsSome(None)
                  /\\ Get(Some(A)) = A /\\ {None, Some(1), Some(1)} = {<<>>, <<1>>}""")).status());
    }

    /** Seeded bug: reading an option without asking whether it holds a value. */
    @Test
    void gettingNoneIsAnEvaluationFault() {
        ExploreResult r = explore("""
                protocol P
                const Nodes: set<node>
                role R at Nodes {
                  var leader: option<node> = None
                  auto action Elect when IsNone(leader) do leader' = Some(self)
                }
                invariant SelfLed == \\A n \\in Nodes : Get(R[n].leader) = n
                model m { Nodes = {a} check SelfLed }
                """);
        assertEquals(ExploreResult.Status.EVALUATION_ERROR, r.status());
        assertEquals("LS705", r.fault().code().id());
    }

    @Test
    void specsThatDeclareTheOptionNamesKeepTheirMeaning() {
        ExploreResult r = explore("""
                protocol P
                const None: int
                def Get(x: int) == x + 1
                def Some(x: int) == {x}
                const N: node
                role R at {N} { var x: int = Get(None) }
                invariant I == R[N].x = 8 /\\ Some(1) = {1}
                model m { None = 7  N = n1  check I }
                """);
        assertEquals(ExploreResult.Status.HOLDS, r.status());
    }

    private static final String QUEUE = """
            protocol Q
            const S: node
            const D: node
            message Data { n: int }
            role Sender at {S} {
              var sent: int = 0
              auto action Send when sent < 3 do sent' = sent + 1  send Data { n: sent %% 2 } to D
            }
            role Sink at {D} { on receive m: Data do skip }
            network %s
            model m { S = s  D = d }
            """;

    @Test
    void lossyAnyLosesEveryPositionAndHeadLossOnlyTheHead() {
        ModelInstance any = ModelInstance.bind(compile(QUEUE.formatted("fifo lossy any")), "m").orElseThrow();
        ModelInstance head = ModelInstance.bind(compile(QUEUE.formatted("fifo lossy")), "m").orElseThrow();
        State full = afterSends(any, 3);
        List<Label> drops = drops(any, full);
        // <<0, 1, 0>>: three positions, two of them holding equal messages, each a step of its own (as under TLC).
        assertEquals(List.of("network.Drop([dst |-> d, n |-> 0, src |-> s, type |-> \"Data\"], position 1)",
                "network.Drop([dst |-> d, n |-> 1, src |-> s, type |-> \"Data\"], position 2)",
                "network.Drop([dst |-> d, n |-> 0, src |-> s, type |-> \"Data\"], position 3)"),
                drops.stream().map(Label::show).toList());
        assertEquals(1, drops(head, afterSends(head, 3)).size());
        Transitions t = new Transitions(any);
        for (Label drop : drops) {
            Successor s = t.apply(full, drop);
            assertTrue(t.stepsBetween(full, s.next()).stream().anyMatch(x -> x.label().equals(drop)), drop::show);
        }
        assertFalse(t.apply(full, drops.get(0)).next().equals(t.apply(full, drops.get(2)).next()),
                "losing the first 0 leaves <<1, 0>>, losing the last leaves <<0, 1>>");
        Label wrong = Label.dropAt(drops.get(1).message(), 1);
        assertThrows(IllegalArgumentException.class, () -> t.apply(full, wrong), "position 1 holds another message");
        assertThrows(IllegalArgumentException.class,
                () -> new Transitions(head).apply(afterSends(head, 3), drops.get(0)), "head loss names no position");
    }

    private static State afterSends(ModelInstance model, int sends) {
        Transitions t = new Transitions(model);
        State s = t.initialStates().get(0);
        for (int i = 0; i < sends; i++) {
            List<State> next = new ArrayList<>();
            t.successors(s, (label, after) -> {
                if (label.name().equals("Send")) next.add(after);
            });
            s = next.get(0);
        }
        return s;
    }

    private static List<Label> drops(ModelInstance model, State s) {
        List<Label> out = new ArrayList<>();
        new Transitions(model).successors(s, (label, after) -> {
            if (label.isEnvironment()) out.add(label);
        });
        return out;
    }
}
