package dev.lockstep.lang.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The result convention of backend entry points, shown on {@link ModelInstance#bind}. */
class ResultTest {
    private static final String SPEC = """
            protocol T
            const Nodes: set<node>
            const N: int
            role R at Nodes {
              var x: int = 0
            }
            model ok { Nodes = {n1, n2}  N = 2 }
            model bad { Nodes = {n1}  N = 1 \\div 0 }
            """;

    private static CheckedSpec spec() {
        Frontend.Compilation c = Frontend.compile("result.lstep", SPEC);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    @Test
    void aGoodModelBindsToAValue() {
        Result<ModelInstance> r = ModelInstance.bind(spec(), "ok");
        assertTrue(r.ok());
        assertEquals(List.of(), r.diagnostics());
        assertEquals("2", r.orElseThrow().constant("N").show());
    }

    @Test
    void anUnknownModelIsAFailureNotNull() {
        Result<ModelInstance> r = ModelInstance.bind(spec(), "nope");
        Result.Failed<ModelInstance> failed = assertInstanceOf(Result.Failed.class, r);
        assertEquals(Code.UNKNOWN_MODEL, failed.diagnostics().get(0).code());
        assertTrue(r.toOptional().isEmpty());
        assertThrows(IllegalStateException.class, r::orElseThrow);
    }

    @Test
    void aBindingThatCannotBeEvaluatedIsAFailure() {
        Result<ModelInstance> r = ModelInstance.bind(spec(), "bad");
        assertFalse(r.ok());
        assertEquals(Code.BAD_BINDING_VALUE, r.diagnostics().get(0).code());
    }

    @Test
    void neitherShapeCanBeEmpty() {
        assertThrows(IllegalArgumentException.class, () -> Result.ok(null));
        assertThrows(IllegalArgumentException.class, () -> Result.failed(List.of()));
    }

    @Test
    void flatMapKeepsTheWarningsOfBothStepsAndStopsAtAFailure() {
        SourceFile f = new SourceFile("f.lstep", "x");
        Diagnostic first = Diagnostic.warning(Code.UNKNOWN_MODEL, f.span(0, 0), "first");
        Diagnostic second = Diagnostic.warning(Code.UNKNOWN_MODEL, f.span(0, 1), "second");
        Diagnostic error = Diagnostic.error(Code.UNKNOWN_MODEL, f.span(0, 1), "error");
        Result<Integer> start = Result.ok(1, List.of(first));

        Result<Integer> next = start.flatMap(n -> Result.ok(n + 1, List.of(second)));
        assertEquals(2, next.orElseThrow());
        assertEquals(List.of(first, second), next.diagnostics());

        Result<Integer> failed = start.flatMap(n -> Result.failed(error));
        assertFalse(failed.ok());
        assertEquals(List.of(first, error), failed.diagnostics());

        Result<Integer> notCalled = Result.<Integer>failed(error).flatMap(n -> {
            throw new AssertionError("a failure does not go on");
        });
        assertEquals(List.of(error), notCalled.diagnostics());
    }
}
