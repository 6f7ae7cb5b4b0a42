package dev.lockstep.lang.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code restart T} and {@code cancel T}: checked into the IR, and no change of state in the model. */
class TimerStatementsTest {
    private static final String SPEC = """
            protocol Timeouts
            const Nodes: set<node>
            message Beat
            network set
            role Server at Nodes {
              var leading: bool = FALSE
              var term: int = 0
              timer(150ms..300ms) action Elect when ~leading /\\ term < 2
                do leading' = TRUE term' = term + 1 CANCEL
              timer(50ms..50ms) action Heartbeat when leading do send Beat to Nodes \\ {self}
              on receive b: Beat do leading' = FALSE RESTART
            }
            model two { Nodes = {a, b} }
            """;

    private static CheckedSpec compile(String text) {
        Frontend.Compilation c = Frontend.compile("timeouts.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    private static ExploreResult explore(CheckedSpec spec) {
        return new Explorer(ModelInstance.bind(spec, "two").orElseThrow()).run(ExploreOptions.defaults());
    }

    @Test
    void theStatementsReachTheIrInOrder() {
        CheckedSpec spec = compile(SPEC.replace("CANCEL", "cancel Elect").replace("RESTART", "restart Elect"));
        List<CheckedSpec.Action> actions = spec.roles().get(0).actions();
        assertEquals(Stmt.TimerOp.CANCEL, ((Stmt.TimerControl) actions.get(0).effects().get(2)).op());
        Stmt.TimerControl restart = (Stmt.TimerControl) actions.get(2).effects().get(1);
        assertEquals(Stmt.TimerOp.RESTART, restart.op());
        assertEquals("Elect", restart.action());
    }

    @Test
    void restartAndCancelChangeNoStateSoTheCountsStayTheSame() {
        ExploreResult with = explore(compile(SPEC.replace("CANCEL", "cancel Elect").replace("RESTART", "restart Elect")));
        ExploreResult without = explore(compile(SPEC.replace("CANCEL", "").replace("RESTART", "")));
        assertEquals(ExploreResult.Status.HOLDS, with.status());
        assertEquals(without.distinct(), with.distinct());
        assertEquals(without.generated(), with.generated());
        assertTrue(with.distinct() > 4, "the actions fire: " + with.distinct());
    }

    @Test
    void restartAndCancelStayUsableAsNames() {
        // Soft keywords: a variable named restart is still assigned, an action named cancel still declared.
        compile("""
                protocol Names
                const Nodes: set<node>
                role R at Nodes {
                  var restart: int = 0
                  timer(1s..1s) action cancel when restart < 1 do restart' = restart + 1 restart cancel
                }
                model m { Nodes = {n1} }
                """);
    }
}
