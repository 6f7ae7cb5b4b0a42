package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TlaTranslator#translate} has no failure path: a model whose bindings cannot be evaluated gets no .cfg,
 * and the problem is reported by {@link ModelInstance#bind}, which every checker of that model goes through.
 */
class TranslateUnboundModelTest {
    private static final String SPEC = """
            protocol T
            const Nodes: set<node>
            const N: int
            role R at Nodes {
              var x: int = 0
            }
            model ok { Nodes = {n1}  N = 2 }
            model bad { Nodes = {n1}  N = 1 \\div 0 }
            """;

    @Test
    void aModelThatCannotBeBoundHasNoCfgAndItsBindingSaysWhy() {
        CheckedSpec spec = ReproducersTest.compile(Path.of("unbound.lstep"), SPEC);
        TlaModule module = TlaTranslator.translate(spec);
        assertEquals(List.of("ok"), List.copyOf(module.cfgs().keySet()));
        var bad = ModelInstance.bind(spec, "bad");
        assertFalse(bad.ok());
        assertEquals(Code.BAD_BINDING_VALUE, bad.diagnostics().get(0).code());
    }
}
