package dev.lockstep.lang.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.ir.CheckedSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code compose epochs} (docs/gossip.md): the operator over the plain pairwise MinFinder desugars into the
 * hand-written epoch pipelining of {@code specs/minfinder-epoch.lstep}, with the same reachable states.
 */
class EpochPipeliningTest {
    private static CheckedSpec compile(String file) throws Exception {
        Path path = Path.of("../specs", file);
        Frontend.Compilation c = Frontend.compile(file, Files.readString(path));
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    private static ExploreResult explore(CheckedSpec spec) {
        return new Explorer(ModelInstance.bind(spec, "small").orElseThrow()).run(ExploreOptions.defaults());
    }

    @Test
    void theOperatorDesugarsIntoTheHandWrittenPipeline() throws Exception {
        CheckedSpec spec = compile("minfinder-epoch-operator.lstep");
        CheckedSpec.Role node = spec.roles().get(0);
        List<String> actions = new ArrayList<>();
        for (CheckedSpec.Action a : node.actions()) actions.add(a.name());
        assertEquals(List.of("Pipelined", "Leave", "Pipelined_end"), actions);
        List<String> vars = new ArrayList<>();
        for (CheckedSpec.Var v : node.vars()) vars.add(v.name());
        assertEquals(List.of("init", "alive", "cur", "Pipelined_epoch", "Pipelined_cur"), vars);
    }

    @Test
    void theOperatorReachesExactlyTheHandWrittenSpecsStates() throws Exception {
        ExploreResult byHand = explore(compile("minfinder-epoch.lstep"));
        CheckedSpec spec = compile("minfinder-epoch-operator.lstep");
        ExploreResult byOperator = explore(spec);
        assertEquals(ExploreResult.Status.HOLDS, byHand.status());
        assertEquals(ExploreResult.Status.HOLDS, byOperator.status(), () -> byOperator.violated() + "\n"
                + dev.lockstep.lang.explore.Trace.render(ModelInstance.bind(spec, "small").orElseThrow(),
                byOperator.counterexample()));
        assertEquals(847, byOperator.figures().distinct());
        assertEquals(byHand.figures().distinct(), byOperator.figures().distinct());
        assertEquals(byHand.figures().generated(), byOperator.figures().generated());
    }
}
