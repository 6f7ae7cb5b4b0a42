package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.testing.EveryExprKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prover over a spec that uses every kind of expression (lang's ExprsTest keeps it complete): each kind is
 * either lowered or rejected as LS870; nothing else (an internal exception) escapes. This spec's kinds all lower, and its invariant is proved.
 */
class EveryExprKindProofTest {
    @Test
    void everyKindLowersAndTheInvariantIsDecided() {
        var model = Specs.compile(EveryExprKind.text(), EveryExprKind.MODEL);
        var outcome = Prover.prove(model, new Prover.Options(List.of(), 3, Duration.ofSeconds(20)));
        assertTrue(outcome.ok(), () -> DiagnosticPrinter.render(outcome.diagnostics()));
        ProveReport report = outcome.orElseThrow();
        assertTrue(report.allProved(), report::toString);
        // Init => TypeOK and Init => Bounded, then typing, consecution and the transition property NeverBack for each
        // of the 10 steps (2 nodes x Step(k = 0), Step(k = 1), Rest, Tick, Hear): no step was left out of the encoding.
        assertEquals(32, report.queries().size(), report::toString);
        assertEquals(10, report.queries().stream().filter(q -> q.kind() == QueryResult.Kind.TRANSITION).count());
    }
}
