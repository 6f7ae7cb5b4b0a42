package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Crash steps mean the same under TLC ({@code Node_Crash}, {@code crashCount}, {@code CrashBound}) as in the
 * explorer, on every network kind: same distinct and generated counts and depth. Node b plays two crashing roles
 * (its crash resets both: the translation's {@code IF self \in ...}), a volatile initial value reads {@code self},
 * and messages in flight to a crashed node stay. The counts are pinned so a change to either side shows.
 */
class CrashTlcTest {
    private static String spec(String network) {
        return """
                protocol Crashy
                const Ns: set<node>
                const Ms: set<node>
                message Hi { from: node }
                network %s
                role A at Ns crashes {
                  durable var sent: int = 0
                  var last: node = self
                  auto action Send(dst \\in Ms) when sent < 2 do sent' = sent + 1  last' = dst
                                                              send Hi { from: self } to dst
                }
                role B at Ms crashes {
                  var heard: set<node> = {}
                  on receive m: Hi as Hear do heard' = heard \\cup {m.from}
                }
                model small { Ns = {a, b}  Ms = {b, c}  crashes 2 }
                """.formatted(network);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"set, 1459, 8387, 11", "bag, 3087, 11913, 11", "fifo, 3087, 11913, 11"})
    void tlcAndTheExplorerAgree(String network, long distinct, long generated, int depth) {
        assertEquals(distinct + "/" + generated + "/" + depth,
                CrossCheckTest.agreedFigures("crash.lstep", spec(network), "small"), network + ": distinct/generated/depth");
    }

    /**
     * {@code on restart} (the example of docs/language.md): its assignments replace the reset values, it reads the
     * reset state (volatile {@code ready} reads FALSE) and the kept durable {@code epoch}, and its send is in the
     * Crash step. The explorer's own pin is in lang's RestartTest.
     */
    @Test
    void onRestartMeansTheSameUnderTlc() {
        String spec = dev.lockstep.lang.explore.RestartTest.SPEC;
        assertEquals("84/189/7", CrossCheckTest.agreedFigures("restart.lstep", spec, "pair"), "distinct/generated/depth");
    }

    /**
     * The TLA+ of that {@code on restart} spec, pinned in golden files under {@code golden/tla-restart/restarting/}
     * (no library spec has an {@code on restart}): the restart's assignments and send inside the Crash step.
     */
    @Test
    void onRestartTranslatesAsInItsGoldenFiles() {
        Frontend.Compilation c = Frontend.compile("restart.lstep", dev.lockstep.lang.explore.RestartTest.SPEC);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        TlaModule module = TlaTranslator.translate(c.spec().orElseThrow());
        Path dir = Path.of("src", "test", "resources", "golden", "tla-restart", "restarting");
        Golden.check(dir.resolve(module.fileName()), module.text());
        for (var cfg : module.cfgs().entrySet()) {
            Golden.check(dir.resolve(TlaModule.cfgFileName(module.name(), cfg.getKey())), cfg.getValue());
        }
    }
}
