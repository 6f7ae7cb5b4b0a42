package dev.lockstep.spectojava;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.testing.EveryExprKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java backend over a spec that uses every kind of expression (lang's ExprsTest keeps it complete): the
 * fragment check and the translator accept each kind that generated code can evaluate, and the result compiles.
 */
class EveryExprKindJavaTest {
    @Test
    void everyKindIsTranslatedAndCompiles(@TempDir Path tmp) throws Exception {
        CheckedSpec spec = EveryExprKind.spec();
        var r = JavaGenerator.generate(spec, new JavaPackage("everykind"));
        assertEquals("", DiagnosticPrinter.render(r.diagnostics()));
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(r.orElseThrow(), tmp);
        assertEquals(List.of(), compiled.errors());
    }
}
