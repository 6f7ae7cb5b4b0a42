package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.testing.EveryExprKind;
import org.junit.jupiter.api.Test;

/**
 * The TLA+ translation over a spec that uses every kind of expression (lang's ExprsTest keeps it complete): TLC on
 * the translation and the explorer agree on verdict and state counts.
 */
class EveryExprKindTlaTest {
    @Test
    void tlcAndTheExplorerAgreeOnEveryKind() {
        CrossCheckTest.crossCheck(EveryExprKind.spec(), EveryExprKind.MODEL);
    }

    @Test
    void anInitialSetDependsOnSelfOnlyWhenItReadsSelf() {
        // The word "self" inside a string is not a read of self: the set needs no per-node UNION form.
        Frontend.Compilation c = Frontend.compile("strings.lstep", """
                protocol Strings
                const Nodes: set<node>
                role R at Nodes {
                  var word: string \\in {"self", "other"}
                  var peer: node \\in Nodes \\ {self}
                }
                model m { Nodes = {n1, n2} }
                """);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        String text = TlaTranslator.translate(c.spec().orElseThrow()).text();
        String word = text.lines().filter(l -> l.contains("R_word") && l.contains(" \\in ")).findFirst().orElseThrow();
        String peer = text.lines().filter(l -> l.contains("R_peer") && l.contains(" \\in ")).findFirst().orElseThrow();
        assertFalse(word.contains("UNION"), word);
        assertTrue(peer.contains("UNION"), peer);
    }
}
