package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.Result;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructs outside the Z3 fragment are rejected with an LS870 naming the construct and its span. (Quorum receives
 * and crashing roles were rejected here before issue 13; QuorumReceiveProofTest and CrashProofTest prove them now.)
 */
class FragmentCheckTest {
    private static List<Diagnostic> rejected(dev.lockstep.lang.eval.ModelInstance m) {
        var outcome = Prover.prove(m, new Prover.Options(List.of(), -1, Duration.ofSeconds(10)));
        assertTrue(outcome instanceof Result.Failed, "expected a rejection");
        return outcome.diagnostics();
    }

    @Test
    void fifoNetworkIsRejected() {
        List<Diagnostic> ds = rejected(Specs.model("chang-roberts.lstep", "ring3"));
        assertEquals(Code.UNSUPPORTED_BY_PROVER, ds.get(0).code());
        assertTrue(ds.get(0).message().contains("fifo network"), ds.get(0).message());
        assertEquals("network fifo", ds.get(0).span().text());
    }

    @Test
    void sequenceVariableIsRejectedAtItsDeclaration() {
        var m = Specs.compile("""
                protocol Seqs
                const N: node
                role R at N {
                  var log: seq<int> = <<>>
                  auto action Add when Len(log) < 2 do log' = Append(log, 1)
                }
                invariant Short == Len(R[N].log) <= 2
                model m { N = n1 }
                """, "m");
        List<Diagnostic> ds = rejected(m);
        assertEquals(Code.UNSUPPORTED_BY_PROVER, ds.get(0).code());
        assertTrue(ds.get(0).message().contains("seq<int>"), ds.get(0).message());
        assertEquals(4, ds.get(0).span().line());
    }

    @Test
    void unsupportedExpressionIsNamedWithItsSpan() {
        // A set of ints built by a range over the state: '..' is only encoded between constants.
        var m = Specs.compile("""
                protocol Ranges
                const N: node
                role R at N {
                  var x: int = 0
                  auto action Inc when x < 3 do x' = x + 1
                }
                invariant InRange == 2 \\in 0..R[N].x \\/ R[N].x < 2
                model m { N = n1 }
                """, "m");
        List<Diagnostic> ds = rejected(m);
        assertEquals(Code.UNSUPPORTED_BY_PROVER, ds.get(0).code());
        assertTrue(ds.get(0).message().contains("'..'"), ds.get(0).message());
        assertEquals("0..R[N].x", ds.get(0).span().text());
    }
}
