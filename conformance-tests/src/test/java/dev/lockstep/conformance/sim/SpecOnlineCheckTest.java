package dev.lockstep.conformance.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.testing.TwoPhaseCommit;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's hand-written two-phase commit machines ({@code dev.lockstep.runtime.testing.TwoPhaseCommit}) on the
 * simulator, checked online against a spec written for them ({@link #spec}) whose network line varies: every
 * simulated step is replayed through the evaluator, faults are injected only where the network allows them, and
 * the checker accepts exactly what the spec's network allows.
 */
class SpecOnlineCheckTest {
    @TempDir
    Path dir;

    /**
     * The spec of {@link TwoPhaseCommit}'s machines, on the network {@code network}. Enum labels are global names, so
     * the TM's phases and the RMs' share one enum (both are encoded as their labels).
     */
    static String spec(String network) {
        return """
                protocol TwoPhaseCommit
                const RM: set<node>
                const TMNode: node
                enum Phase { init, working, prepared, committed, aborted }
                message Prepared { rm: node }
                message Commit {}
                message Abort {}
                network %s
                role TM at {TMNode} {
                  var state: Phase = init
                  var prepared: set<node> = {}
                  on receive m: Prepared when state = init do prepared' = prepared \\cup {m.rm}
                  auto action Commit when state = init /\\ prepared = RM
                    do state' = committed
                       send Commit {} to RM
                  timer(50ms..100ms) action Abort when state = init
                    do state' = aborted
                       send Abort {} to RM
                }
                role ResourceManager at RM {
                  var state: Phase = working
                  input action Prepare when state = working
                    do state' = prepared
                       send Prepared { rm: self } to TMNode
                  input action ChooseAbort when state = working do state' = aborted
                  on receive m: Commit do state' = committed
                  on receive m: Abort do state' = aborted
                }
                invariant Consistent ==
                  \\A r1, r2 \\in RM : ~(ResourceManager[r1].state = aborted /\\ ResourceManager[r2].state = committed)
                model rm3 { RM = {r1, r2, r3}  TMNode = tm  check Consistent }
                """.formatted(network);
    }

    private ModelInstance model(String network) throws IOException {
        Path file = dir.resolve(network.replace(' ', '-') + ".lstep");
        Files.writeString(file, spec(network));
        return ConformanceHarness.load(file, "rm3");
    }

    private static SimulationOptions options(long seed) {
        return SimulationOptions.of(seed, 60).withFaults(0.2, 0.3, 0.02);
    }

    @Test
    void correctMachinesConformOnEveryNetworkTheyImplement() throws IOException {
        record Case(String network, NetworkSpec runtime) {}
        List<Case> cases = List.of(
                new Case("set", new NetworkSpec(NetworkSpec.Kind.SET, false, false)),
                new Case("set lossy", new NetworkSpec(NetworkSpec.Kind.SET, true, false)),
                new Case("bag", new NetworkSpec(NetworkSpec.Kind.BAG, false, false)),
                new Case("bag lossy duplicating", new NetworkSpec(NetworkSpec.Kind.BAG, true, true)),
                new Case("fifo duplicating", new NetworkSpec(NetworkSpec.Kind.FIFO, false, true)),
                new Case("fifo lossy", new NetworkSpec(NetworkSpec.Kind.FIFO, true, false)));
        for (Case c : cases) {
            ModelInstance m = model(c.network());
            long steps = 0, dups = 0, drops = 0, crashes = 0;
            for (long seed = 1; seed <= 150; seed++) {
                SpecOnlineCheck.Outcome o = SpecOnlineCheck.run(m, TwoPhaseCommit.correct(c.runtime()), options(seed));
                assertTrue(o.ok(), c.network() + ": " + o.describe());
                steps += o.result().steps();
                dups += o.result().duplicated();
                drops += o.result().dropped();
                crashes += o.result().crashes();
                assertEquals(o.eventsChecked(), o.result().steps() + 4, "one init event per node, one event per step");
            }
            assertTrue(steps > 150 * 4, c.network() + ": steps " + steps);
            assertTrue(crashes > 0, c.network() + " crashes");
            assertEquals(c.runtime().lossy(), drops > 0, c.network() + " drops " + drops);
            assertEquals(c.runtime().duplicating() || c.runtime().kind() == NetworkSpec.Kind.SET, dups > 0,
                    c.network() + " duplicates " + dups);
        }
    }

    @Test
    void aRedeliveryTheSpecsNetworkDoesNotAllowIsRejected() throws IOException {
        // The machines run on a duplicating bag, the spec says a plain bag: a second receive of one message.
        ModelInstance plainBag = model("bag");
        NetworkSpec duplicating = new NetworkSpec(NetworkSpec.Kind.BAG, false, true);
        Divergence found = null;
        for (long seed = 1; seed <= 200 && found == null; seed++) {
            SpecOnlineCheck.Outcome o = SpecOnlineCheck.run(plainBag, TwoPhaseCommit.correct(duplicating), options(seed));
            if (!o.ok()) found = o.divergence().orElseThrow(() -> new AssertionError(o.describe()));
        }
        assertTrue(found != null, "no seed redelivered a message");
        assertEquals(Divergence.Reason.NOT_DELIVERABLE, found.reason(), found.toString());
    }

    @Test
    void theSeededEagerCommitIsCaughtAndItsSeedReplaysIt() throws IOException {
        ModelInstance m = model("set");
        TwoPhaseCommit eager = new TwoPhaseCommit(3, new NetworkSpec(NetworkSpec.Kind.SET, false, false), true);
        SpecOnlineCheck.Outcome caught = null;
        for (long seed = 1; seed <= 200 && caught == null; seed++) {
            SpecOnlineCheck.Outcome o = SpecOnlineCheck.run(m, eager, SimulationOptions.of(seed, 60));
            if (!o.ok()) caught = o;
        }
        assertTrue(caught != null, "the eager commit was never caught");
        Divergence d = caught.divergence().orElseThrow();
        assertEquals(Divergence.Reason.NOT_ENABLED, d.reason(), d.toString());
        assertEquals("tm", d.node());
        var failure = caught.result().failure().orElseThrow();
        assertEquals("Commit", failure.action());
        assertTrue(failure.reason().contains("not-enabled"), failure.reason());
        // The run stopped at the diverging step, and the seed replays exactly that failure.
        assertEquals(failure.step(), caught.result().steps());
        SpecOnlineCheck.Outcome again = SpecOnlineCheck.run(m, eager, SimulationOptions.of(failure.seed(), 60));
        assertEquals(failure, again.result().failure().orElseThrow());
        assertEquals(d, again.divergence().orElseThrow());
    }

    @Test
    void tracesRecordedUnderTheOnlineCheckAlsoConformInTheFileChecker() throws IOException {
        ModelInstance m = model("bag lossy duplicating");
        TwoPhaseCommit machines = TwoPhaseCommit.correct(new NetworkSpec(NetworkSpec.Kind.BAG, true, true));
        for (long seed = 1; seed <= 20; seed++) {
            Path traces = dir.resolve("seed-" + seed);
            SpecOnlineCheck.Outcome o = SpecOnlineCheck.run(m, machines,
                    options(seed).withTraces(TraceSinks.directory(traces)));
            assertTrue(o.ok(), o.describe());
            ConformanceResult r = TraceChecker.check(m, List.of(traces));
            assertTrue(r.conforms(), "seed " + seed + ": " + r.divergence());
            assertEquals(o.eventsChecked(), r.events());
        }
        assertFalse(Files.list(dir.resolve("seed-1")).toList().isEmpty());
    }
}
