package dev.lockstep.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.ir.CheckedSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code stable} qualifier's syntax and rules (docs/language.md, "Stable variables"). */
class StableVarsTest {
    private static String spec(String vars) {
        return """
                protocol S
                const N: set<node>
                role R at N crashes {
                %s
                  input action Set(v \\in {1, 2}) do x' = v
                }
                model m { N = {a}  crashes 1 }
                """.formatted(vars);
    }

    private static List<Diagnostic> errors(String text) {
        return Frontend.compile("s.lstep", text).diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void qualifiersCombineInAnyOrderAndEachBecomesACheckedProperty() {
        for (String decl : List.of("durable stable var x: int = 0", "stable durable var x: int = 0",
                "stable(<=) durable var x: int = 0", "durable stable(>=) var x: int = 0")) {
            Frontend.Compilation c = Frontend.compile("s.lstep", spec(decl));
            assertTrue(c.ok(), decl + ": " + c.diagnostics());
            CheckedSpec s = c.spec().orElseThrow();
            assertTrue(s.roles().get(0).vars().get(0).durable(), decl);
            assertEquals(List.of("Stable_R_x"), s.models().get(0).properties(), decl);
            assertTrue(s.properties().get(0).transition() != null, decl + ": a transition property");
        }
    }

    @Test
    void theInitialValueIsEachNodesOwn() {
        // self in the initializer is the node the conjunct is about: a node starts at its own id and keeps it.
        Frontend.Compilation c = Frontend.compile("s.lstep", spec("stable var x: int = 0\n  stable var me: node = self"));
        assertTrue(c.ok(), c.diagnostics().toString());
    }

    @Test
    void badQualifiersAreRefusedWhereTheyAre() {
        assertEquals(Code.STABLE_INIT_FROM_SET, errors(spec("stable var x: int \\in {0, 1}")).get(0).code());
        assertEquals(Code.UNEXPECTED_TOKEN, errors(spec("stable stable var x: int = 0")).get(0).code());
        assertEquals(Code.UNEXPECTED_TOKEN, errors(spec("stable(<) var x: int = 0")).get(0).code());
        assertEquals(Code.UNEXPECTED_TOKEN, errors(spec("durable ghost var x: int = 0")).get(0).code());
        // an order that does not fit the type is a type error at the qualifier
        Diagnostic wrong = errors(spec("stable(\\subseteq) var x: int = 0")).get(0);
        assertEquals(Code.TYPE_MISMATCH.id().substring(0, 3), wrong.code().id().substring(0, 3), wrong.toString());
        assertTrue(wrong.span().text().startsWith("stable"), wrong.span().text());
    }
}
