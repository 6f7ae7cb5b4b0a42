package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.ir.CheckedSpec;
import org.junit.jupiter.api.Test;

/**
 * Symmetry reduction agrees with TLC's: with two symmetric node sets (TLC closes {@code Permutations(A) \cup
 * Permutations(B)} into their product group), with nodes in message payloads, in {@code src}/{@code dst}, in fifo
 * channel keys and in set-valued variables, the explorer's distinct and generated counts and depth are TLC's under
 * the generated SYMMETRY, and both are smaller than without symmetry.
 */
class SymmetryCrossCheckTest {

    private static String exchange(String network) {
        return """
                protocol Exchange
                const Clients: set<node>
                const Servers: set<node>
                message Req { from: node }
                message Ack { server: node }
                network NETWORK
                role C at Clients {
                  var asked: set<node> = {}
                  var acks: set<node> = {}
                  auto action Ask(s \\in Servers) when s \\notin asked /\\ Cardinality(asked) < 2
                    do asked' = asked \\cup {s} ; send Req { from: self } to s
                  on receive m: Ack do acks' = acks \\cup {m.server}
                  auto action Idle when asked /= {} do skip
                }
                role S at Servers {
                  var served: set<node> = {}
                  on receive m: Req when m.from \\notin served
                    do served' = served \\cup {m.from} ; send Ack { server: self } to m.src
                }
                invariant AcksFromAsked == \\A c \\in Clients : C[c].acks \\subseteq C[c].asked
                invariant NoAck == \\A c \\in Clients : C[c].acks = {}
                model full { Clients = {c1, c2}  Servers = {s1, s2}  check AcksFromAsked }
                model sym { Clients = {c1, c2}  Servers = {s1, s2}  symmetric Clients, Servers  check AcksFromAsked }
                model broken { Clients = {c1, c2}  Servers = {s1, s2}  symmetric Clients, Servers  check NoAck }
                """.replace("NETWORK", network);
    }

    private static void reducesAsTlcDoes(String network) {
        Frontend.Compilation c = Frontend.compile("exchange.lstep", exchange(network));
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        CheckedSpec spec = c.spec().orElseThrow();
        TlaModule module = TlaTranslator.translate(spec);
        assertTrue(module.text().contains("Symmetry_sym == Permutations(Clients) \\cup Permutations(Servers)"),
                module.text());
        assertTrue(module.cfgs().get("sym").contains("\nSYMMETRY Symmetry_sym\n"), module.cfgs().get("sym"));
        assertTrue(!module.cfgs().get("full").contains("SYMMETRY"), module.cfgs().get("full"));
        CrossCheckTest.Answers full = CrossCheckTest.crossCheck(spec, "full");
        CrossCheckTest.Answers sym = CrossCheckTest.crossCheck(spec, "sym");
        assertTrue(sym.explored().distinct() < full.explored().distinct(),
                () -> network + ": symmetry reduced nothing: " + sym.explored().distinct());
        assertTrue(sym.explored().generated() < full.explored().generated(), network + ": generated");
        assertEquals(full.explored().depth(), sym.explored().depth(), network + ": symmetry keeps the depth");
    }

    @Test
    void setNetwork() { reducesAsTlcDoes("set"); }

    /** TLC's counterexample under SYMMETRY replays as steps of the spec, as long as the explorer's (the shortest). */
    @Test
    void aViolationUnderSymmetryHasTheSameShortestCounterexample() {
        Frontend.Compilation c = Frontend.compile("exchange.lstep", exchange("fifo"));
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        CrossCheckTest.Answers broken = CrossCheckTest.crossCheck(c.spec().orElseThrow(), "broken");
        assertEquals(CheckResult.Status.INVARIANT_VIOLATED, broken.tlc().status());
        assertEquals(4, broken.explored().counterexample().size(), "ask, serve, receive the ack");
    }

    @Test
    void fifoNetwork() { reducesAsTlcDoes("fifo"); }

    @Test
    void lossyBagNetwork() { reducesAsTlcDoes("bag lossy"); }
}
