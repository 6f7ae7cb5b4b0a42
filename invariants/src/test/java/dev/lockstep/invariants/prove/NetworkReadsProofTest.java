package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.diag.Result;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prover and the v2 constructs of docs/language.md sections 5.7-5.9: {@code Copies} is encoded on a bag (an
 * array from message to copies), options and function sets over the state are refused with an LS870 at their place.
 */
class NetworkReadsProofTest {
    static String spec(String invariant, String extra) {
        return """
                protocol ProveCopies
                const Senders: set<node>
                const Sink: node
                message Data { n: int }
                role Sender at Senders {
                  var sent: int = 0
                  %s
                  auto action Send when sent < 2 do sent' = sent + 1  send Data { n: 0 } to Sink
                }
                role Receiver at {Sink} {
                  var got: int = 0
                  on receive m: Data when got < 4 do got' = got + 1
                }
                network bag
                invariant I == %s
                model Two { Senders = {s1, s2}  Sink = r  check I }
                """.formatted(extra, invariant);
    }

    private static Result<ProveReport> prove(String text) {
        return Prover.prove(Specs.compile(text, "Two"), new Prover.Options(List.of(), -1, Duration.ofSeconds(20)));
    }

    @Test
    void copiesOnABagIsEncoded() {
        var outcome = prove(spec("\\A m \\in Msgs(Data) : Copies(m) >= 1", ""));
        assertTrue(outcome.ok(), () -> DiagnosticPrinter.render(outcome.diagnostics()));
        assertTrue(outcome.orElseThrow().allProved(), outcome.orElseThrow()::toString);
    }

    @Test
    void anOptionVariableIsRefusedAsTheSequenceItIs() {
        var outcome = prove(spec("TRUE", "var leader: option<node> = None"));
        assertTrue(outcome instanceof Result.Failed, "expected a rejection");
        assertEquals(Code.UNSUPPORTED_BY_PROVER, outcome.diagnostics().get(0).code());
        assertTrue(outcome.diagnostics().get(0).message().contains("Sender.leader of type seq<node>"),
                outcome.diagnostics().get(0).message());
    }

    @Test
    void aFunctionSetOverTheStateIsRefusedAtItsPlace() {
        var outcome = prove(spec("\\A s \\in Senders : (s :> Sender[s].sent) \\in [{s} -> 0..Sender[s].sent]", ""));
        assertTrue(outcome instanceof Result.Failed, "expected a rejection");
        assertEquals(Code.UNSUPPORTED_BY_PROVER, outcome.diagnostics().get(0).code());
        assertTrue(outcome.diagnostics().get(0).message().contains("function set [S -> T] over the state"),
                outcome.diagnostics().get(0).message());
        assertEquals("[{s} -> 0..Sender[s].sent]", outcome.diagnostics().get(0).span().text());
    }
}
