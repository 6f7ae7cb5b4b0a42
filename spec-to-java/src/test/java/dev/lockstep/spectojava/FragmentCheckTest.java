package dev.lockstep.spectojava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Constructs outside the Java fragment are LS850 diagnostics at their location, and no code is generated. */
class FragmentCheckTest {

    private static List<Diagnostic> problems(String body, String model) {
        String text = "protocol T\nconst N: set<node>\nconst K: int\ndef Inc(a: int) == a + 1\n" + body
                + "\nmodel m { " + model + " }\n";
        Frontend.Compilation c = Frontend.compile("t.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        var r = JavaGenerator.generate(c.spec().orElseThrow(), new JavaPackage("p"));
        assertTrue(r.toOptional().isEmpty());
        return r.diagnostics();
    }

    private static void assertOne(List<Diagnostic> ds, int line, String fragment) {
        assertEquals(1, ds.size(), ds.toString());
        Diagnostic d = ds.get(0);
        assertEquals(Code.JAVA_UNSUPPORTED, d.code());
        assertEquals(line, d.span().line());
        assertTrue(d.message().contains(fragment), d.message());
        assertTrue(DiagnosticPrinter.render(d).startsWith("t.lstep:" + line + ":"), DiagnosticPrinter.render(d));
    }

    @Test
    void aLayeredRoleAndTheRoleItReadsMustNameTheirActionsApart() {
        List<Diagnostic> ds = problems("""
                role Low at N {
                  var x: int = 0
                  auto action Tick when x < K do x' = x + 1
                }
                role Up at N {
                  reads Low
                  var y: int = 0
                  auto action Tick when y < Low[self].x do y' = y + 1
                }""", "N = {n1}  K = 1");
        assertEquals(1, ds.size(), ds.toString());
        assertEquals(Code.JAVA_LAYER_NAME_CLASH, ds.get(0).code());
        assertEquals(12, ds.get(0).span().line());
        assertTrue(ds.get(0).message().contains("role Up reads role Low and both have an action Tick"), ds.get(0).message());
    }

    @Test
    void heterogeneousTuple() {
        assertOne(problems("role R at N {\n  var p: <<int, bool>> = <<1, TRUE>>\n}", "N = {n1}  K = 1"), 6,
                "tuples whose elements have different types");
    }

    @Test
    void functionOfSeveralVariables() {
        assertOne(problems("role R at N {\n  var f: map< <<int, int>>, int> = [a \\in 0..1, b \\in 0..1 |-> a + b]\n}",
                "N = {n1}  K = 1"), 6, "functions of several variables");
    }

    @Test
    void exceptOnARecordField() {
        assertOne(problems("role R at N {\n  var r: [a: int] = [a |-> 0]\n  auto action A when r.a < K do r' = [r EXCEPT !.a = 1]\n}",
                "N = {n1}  K = 1"), 7, "EXCEPT on a record field");
    }

    @Test
    void definitionCalledFromAModelBinding() {
        assertOne(problems("role R at N {\n  var x: int = 0\n}", "N = {n1}  K = Inc(1)"), 8,
                "a model binding that calls a definition");
    }

    @Test
    void crashingRoleIsInsideTheFragmentButItsRestartIsChecked() {
        // A crashing role is generated (restart() resets the volatile variables); on restart's effects are checked
        // like any action's.
        Frontend.Compilation c = Frontend.compile("t.lstep", "protocol T\nconst N: set<node>\nrole R at N crashes {\n"
                + "  durable var x: int = 0\n  var y: int = 0\n  on restart do y' = x\n}\nmodel m { N = {n1}  crashes 1 }\n");
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        var ok = JavaGenerator.generate(c.spec().orElseThrow(), new JavaPackage("p"));
        assertEquals(List.of(), ok.diagnostics());
        assertOne(problems("role R at N crashes {\n  var r: [a: int] = [a |-> 0]\n  on restart do r' = [r EXCEPT !.a = 1]\n}",
                "N = {n1}  K = 1  crashes 1"), 7, "EXCEPT on a record field");
    }

    @Test
    void theLibraryIsInsideTheFragment() {
        // Positive control: the same helper accepts a spec that uses a definition where it is supported.
        Frontend.Compilation c = Frontend.compile("t.lstep", "protocol T\nconst N: set<node>\nconst K: int\n"
                + "def Inc(a: int) == a + 1\nrole R at N {\n  var x: int = 0\n  auto action A when x < K do x' = Inc(x)\n}\n"
                + "model m { N = {n1}  K = 2 }\n");
        assertTrue(JavaGenerator.generate(c.spec().orElseThrow(), new JavaPackage("p")).ok());
    }
}
