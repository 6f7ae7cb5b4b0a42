package dev.lockstep.lang.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A layered protocol's read-only import of a lower layer (MiCA, seed lines 2148-2156; docs/gossip.md): a role that
 * declares {@code reads L} reads {@code L[self].x} and, in an exchange, {@code L[peer].x}; anything else is still
 * {@code LS404}.
 */
class LayerReadsTest {
    private static final String STACK = """
            protocol P
            const Nodes: set<node>
            network set
            role Low at Nodes {
              var v: int \\in 1..2
              exchange Spread with peer \\in Nodes \\ {self} do v' = Min({v, peer.v})  peer.v' = Min({v, peer.v})
            }
            role High at Nodes {
              READS
              var copy: int = 0
              exchange Copy with peer \\in Nodes \\ {self} do copy' = Max({Low[self].v, Low[peer].v})
            }
            model m { Nodes = {n1, n2} }
            """;

    private static Frontend.Compilation compile(String reads, String text) {
        return Frontend.compile("stack.lstep", text.replace("READS", reads));
    }

    @Test
    void aDeclaredLowerLayerIsReadAtSelfAndPeer() {
        Frontend.Compilation c = compile("reads Low", STACK);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        ExploreResult r = new Explorer(ModelInstance.bind(c.spec().orElseThrow(), "m").orElseThrow())
                .run(ExploreOptions.defaults());
        // copy takes the larger of the two nodes' Low values: with v = (1, 2) it becomes 2 before Spread lowers v.
        assertEquals(ExploreResult.Status.HOLDS, r.status());
        assertTrue(r.distinct() > 4, "High's steps read Low: " + r.distinct());
    }

    @Test
    void withoutTheDeclarationItIsStillLS404() {
        Frontend.Compilation c = compile("", STACK);
        List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(2, errors.size(), () -> DiagnosticPrinter.render(c.diagnostics()));
        assertTrue(errors.stream().allMatch(d -> d.code() == Code.REMOTE_READ_IN_ACTION));
        assertTrue(DiagnosticPrinter.render(errors).contains("declare  reads Low  in role High"));
    }

    @Test
    void onlySelfAndThePeerAreReadable() {
        String other = STACK.replace("Max({Low[self].v, Low[peer].v})", "Low[CHOOSE n \\in Nodes : TRUE].v");
        Frontend.Compilation c = compile("reads Low", other);
        assertTrue(c.diagnostics().stream().anyMatch(d -> d.code() == Code.REMOTE_READ_IN_ACTION),
                () -> DiagnosticPrinter.render(c.diagnostics()));
    }
}
