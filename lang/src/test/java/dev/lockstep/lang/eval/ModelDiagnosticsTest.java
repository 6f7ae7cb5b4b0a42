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

    /** Binds the model and returns its {@code count} diagnostics, all LS218, the first at {@code line}:{@code column}. */
    private static List<Diagnostic> symmetryBroken(String text, String model, int count, int line, int column) {
        Frontend.Compilation c = Frontend.compile("sym.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        Result<ModelInstance> bound = ModelInstance.bind(c.spec().orElseThrow(), model);
        assertFalse(bound.ok());
        assertEquals(count, bound.diagnostics().size(), bound.diagnostics()::toString);
        for (Diagnostic d : bound.diagnostics()) assertEquals(Code.SYMMETRY_BROKEN_BY_BINDING, d.code());
        Diagnostic first = bound.diagnostics().get(0);
        assertEquals(line, first.span().line());
        assertEquals(column, first.span().column());
        return bound.diagnostics();
    }

    @Test
    void aBindingThatSinglesOutNodesOfASymmetricSetIsLS218AtThatBinding() {
        String text = """
                protocol Ballots
                const Proposers: set<node>
                const Ballots: map<node, set<int>>
                role P at Proposers { var unused: set<int> = Ballots[self] }
                model owned { Proposers = {p1, p2}  Ballots = p1 :> {1} @@ p2 :> {2}  symmetric Proposers }
                model alike { Proposers = {p1, p2}  Ballots = [p \\in Proposers |-> {1, 2}]  symmetric Proposers }
                """;
        Diagnostic d = symmetryBroken(text, "owned", 1, 5, 47).get(0);
        assertEquals("model owned declares Proposers symmetric, but the value of Ballots, (p1 :> {1} @@ p2 :> {2}), "
                + "changes when nodes p1 and p2 of Proposers swap places", d.message());
        // The same map giving every proposer the same ballots treats them alike: symmetry is fine.
        Frontend.Compilation c = Frontend.compile("sym.lstep", text);
        assertTrue(ModelInstance.bind(c.spec().orElseThrow(), "alike").ok());
    }

    @Test
    void aLeaderInsideASymmetricSetAndOverlappingSymmetricSetsAreLS218() {
        String text = """
                protocol Leader
                const Nodes: set<node>
                const Leader: node
                const Others: set<node>
                role R at Nodes { var x: int = 0 }
                model leader { Nodes = {n1, n2, n3}  Leader = n2  Others = {}  symmetric Nodes }
                model outside { Nodes = {n1, n2, n3}  Leader = m  Others = {}  symmetric Nodes }
                model overlap { Nodes = {n1, n2, n3}  Leader = m  Others = {n3, o}  symmetric Nodes, Others }
                """;
        Diagnostic leader = symmetryBroken(text, "leader", 1, 6, 47).get(0);
        assertTrue(leader.message().contains("the value of Leader, n2, changes when nodes n1 and n2 of Nodes swap"),
                leader.message());
        Frontend.Compilation c = Frontend.compile("sym.lstep", text);
        assertTrue(ModelInstance.bind(c.spec().orElseThrow(), "outside").ok(), "a leader outside the set is fine");
        // Each of the two sets changes when the other one's nodes n3 and o swap (or n1 and n3).
        List<Diagnostic> overlap = symmetryBroken(text, "overlap", 2, 8, 25);
        assertTrue(overlap.get(0).message().contains("the value of Nodes, {n1, n2, n3}, changes when nodes n3 and o "
                + "of Others swap places"), overlap.get(0).message());
        assertTrue(overlap.get(1).message().contains("the value of Others"), overlap.get(1).message());
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
