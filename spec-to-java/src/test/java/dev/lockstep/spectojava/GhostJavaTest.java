package dev.lockstep.spectojava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ghost variables are not generated (docs/language.md section 12.1): the role's state record leaves them out and
 * the effects drop their assignments; the rest of the node is generated as usual. Transition properties, init
 * predicates and fairness groups are not generated either (they are about runs, not about a node's step).
 */
class GhostJavaTest {
    private static final String SPEC = """
            protocol Ghosts
            const N: node
            role R at N {
              var x: int = 0
              ghost var history: seq<int> = <<>>    \\* a type the Java backend would refuse: never generated
              auto action Inc when x < 2 do x' = x + 1  history' = Append(history, x)
            }
            init Start == R[N].x = 0
            invariant Recorded == Len(R[N].history) = R[N].x
            property Up == [](R[N].x' >= R[N].x)
            fair group G { R.Inc }
            model m { N = n1 }
            """;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theGhostIsNotInTheNodeStateNorItsSteps(@TempDir Path tmp) throws Exception {
        Frontend.Compilation c = Frontend.compile("ghosts.lstep", SPEC);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        CheckedSpec spec = c.spec().orElseThrow();
        var r = JavaGenerator.generate(spec, new JavaPackage("ghosts"));
        assertEquals("", DiagnosticPrinter.render(r.diagnostics()));
        for (JavaGenerator.GeneratedFile f : r.orElseThrow()) {
            assertFalse(f.source().contains("history"), f.path() + " mentions the ghost:\n" + f.source());
        }
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(r.orElseThrow(), tmp);
        assertEquals(List.of(), compiled.errors());
        ProtocolDescriptor d = (ProtocolDescriptor) compiled.load("ghosts.GhostsProtocol")
                .getMethod("forModel", String.class).invoke(null, "m");
        RoleMachine m = d.roles().get(0).machine(NodeId.of("n1"));
        ItfEncodable init = (ItfEncodable) m.initialStates().get(0);
        assertEquals(java.util.Set.of("x"), ((Map<?, ?>) init.toItf()).keySet(), "the state has x only");
    }
}
