package dev.lockstep.lang.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.diag.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnostics about models that the bad-input suite (errors of the front end only) cannot hold. */
class ModelDiagnosticsTest {
    @Test
    void aBindingThatFaultsIsLS607AtTheBinding() {
        String text = """
                protocol T
                const N: int
                const Nodes: set<node>
                role R at Nodes {
                  var x: int = N
                }
                model m { N = 1 \\div 0  Nodes = {n1} }
                """;
        Frontend.Compilation c = Frontend.compile("bind.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        Result<ModelInstance> bound = ModelInstance.bind(c.spec().orElseThrow(), "m");
        assertFalse(bound.ok());
        List<Diagnostic> problems = bound.diagnostics();
        assertEquals(1, problems.size(), problems::toString);
        Diagnostic d = problems.get(0);
        assertEquals(Code.BAD_BINDING_VALUE, d.code());
        assertEquals(7, d.span().line());
        assertEquals(15, d.span().column());
        assertTrue(d.message().contains("N") && d.message().contains("division by zero"), d.message());
    }

    @Test
    void aSpecWithoutModelGetsTheLS608Warning() {
        String text = """
                protocol T
                const Nodes: set<node>
                role R at Nodes {
                  var x: int = 0
                }
                """;
        Frontend.Compilation c = Frontend.compile("nomodel.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        assertEquals(1, c.diagnostics().size(), () -> DiagnosticPrinter.render(c.diagnostics()));
        Diagnostic d = c.diagnostics().get(0);
        assertEquals(Code.NO_MODEL, d.code());
        assertTrue(!d.isError(), "LS608 is a warning");
        assertEquals(1, d.span().line());
    }
}
