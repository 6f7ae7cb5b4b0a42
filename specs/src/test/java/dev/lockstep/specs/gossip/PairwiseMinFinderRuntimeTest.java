package dev.lockstep.specs.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.node.NodeOptions;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.generated.minfinderpairwise.MinFinderPairwiseProtocol;
import dev.lockstep.specs.generated.minfinderpairwisemayfail.MinFinderPairwiseMayFailProtocol;
import dev.lockstep.specs.gen.LibraryModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated pairwise MinFinder (specs/minfinder-pairwise.lstep) runs its exchange on the simulator: one exchange
 * at a time per node, f1/f2/f3 over messages, with timeout and rollback (docs/runtime.md, "Exchanges"). Every run is
 * checked online against the spec, each exchange mapped back to one atomic step (docs/conformance.md, "Exchanges"),
 * and a sample from disk. A lost reply half-applies an exchange: the spec without {@code may fail} diverges there,
 * the {@code may fail} variant conforms. Seeded projection bugs are caught by conformance
 * ({@link ExchangeMutants}).
 */
class PairwiseMinFinderRuntimeTest {
    static final int SEEDS = 100;
    static final long STEPS = 400;

    static final ModelInstance SMALL = model("minfinder-pairwise.lstep", "small");
    static final ModelInstance MAY_FAIL = model("minfinder-pairwise-may-fail.lstep", "small");

    static ModelInstance model(String file, String model) {
        return LibraryModels.bind(LibraryModels.load(Path.of(file)), model);
    }

    static SimulationOptions options(long seed) {
        return SimulationOptions.of(seed, STEPS);
    }

    /** Every node holds the least initial value. */
    static boolean converged(Map<NodeId, ItfEncodable> states) {
        long min = Long.MAX_VALUE;
        for (ItfEncodable s : states.values()) min = Math.min(min, Itf.asLong(((Map<?, ?>) s.toItf()).get("init")));
        for (ItfEncodable s : states.values()) if (Itf.asLong(((Map<?, ?>) s.toItf()).get("val")) != min) return false;
        return true;
    }

    /** Counts the trace events by kind of exchange event: start, serve, commit, rollback. */
    static TraceSinks counting(AtomicLong[] kinds) {
        return node -> new TraceSink() {
            @Override
            public void write(dev.lockstep.runtime.trace.TraceEvent e) {
                if (e.action() == null) return;
                int k = e.consumed() == null ? (e.sent().isEmpty() ? 3 : 0)
                        : String.valueOf(((Map<?, ?>) e.consumed().msg()).get("type")).endsWith(".request") ? 1 : 2;
                kinds[k].incrementAndGet();
            }
        };
    }

    @Test
    void generatedExchangesConformOnEverySeedAndConverge(@TempDir Path tmp) {
        for (String modelName : List.of("small", "three")) {
            ModelInstance model = model("minfinder-pairwise.lstep", modelName);
            ProtocolDescriptor machines = MinFinderPairwiseProtocol.forModel(modelName);
            AtomicLong[] kinds = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()};
            for (long seed = 1; seed <= SEEDS; seed++) {
                boolean sample = seed % 50 == 0;
                Path dir = tmp.resolve(modelName + "-" + seed);
                SimulationOptions o = options(seed).withTraces(sample ? TraceSinks.directory(dir) : counting(kinds));
                SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(model, machines, o);
                assertTrue(out.ok(), modelName + ": " + out.describe());
                assertTrue(converged(out.result().finalStates()), modelName + " seed " + seed + ": " + out.result().finalStates());
                if (sample) {
                    ConformanceResult r = TraceChecker.check(model, List.of(dir));
                    assertTrue(r.conforms(), modelName + " seed " + seed + " from disk: " + r.divergence());
                    assertEquals(out.eventsChecked(), r.events());
                }
            }
            // Starts, serves and commits all happened; with no loss a served exchange commits (unless the run ends
            // between its serve and its commit: at most one per run).
            assertTrue(kinds[0].get() > SEEDS * 10 && kinds[1].get() > SEEDS * 5 && kinds[2].get() > SEEDS * 5,
                    modelName + ": start/serve/commit/rollback " + List.of(kinds));
            long open = kinds[1].get() - kinds[2].get();
            assertTrue(open >= 0 && open <= SEEDS, "served but not committed: " + open);
        }
    }

    @Test
    void aLostReplyHalfAppliesAnExchangeWhichOnlyMayFailAllows() {
        int halfApplied = 0;
        AtomicLong[] kinds = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()};
        for (long seed = 1; seed <= SEEDS; seed++) {
            SimulationOptions lossy = options(seed).withFaults(0.2, 0, 0);
            SpecOnlineCheck.Outcome plain = SpecOnlineCheck.run(SMALL, MinFinderPairwiseProtocol.forModel("small"), lossy);
            if (!plain.ok()) {
                Divergence d = plain.divergence().orElseThrow();
                assertEquals(Divergence.Reason.HALF_APPLIED, d.reason(), plain.describe());
                assertTrue(d.message().contains("half-applied") && d.message().contains("may fail"), d.message());
                halfApplied++;
            }
            SpecOnlineCheck.Outcome mayFail = SpecOnlineCheck.run(MAY_FAIL,
                    MinFinderPairwiseMayFailProtocol.forModel("small"), lossy.withTraces(counting(kinds)));
            assertTrue(mayFail.ok(), "may fail: " + mayFail.describe());
        }
        assertTrue(halfApplied > SEEDS / 2, "half-applied exchanges caught in " + halfApplied + " of " + SEEDS + " seeds");
        assertTrue(kinds[3].get() > SEEDS, "rollbacks: " + kinds[3].get());
    }

    @Test
    void timeoutsRollBackWithoutLoss() {
        // A timeout shorter than a round trip (latency up to 10 ms each way): most exchanges time out and roll back,
        // and their late replies are ignored. Under `may fail` that is the "receiver" outcome, which conforms.
        AtomicLong[] kinds = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()};
        for (long seed = 1; seed <= 20; seed++) {
            SimulationOptions o = new SimulationOptions(seed, STEPS, 0, 0, 0, 10, 20, 50,
                    NodeOptions.DEFAULTS.withExchanges(100, 8), counting(kinds));
            SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(MAY_FAIL, MinFinderPairwiseMayFailProtocol.forModel("small"), o);
            assertTrue(out.ok(), out.describe());
        }
        assertTrue(kinds[3].get() > kinds[2].get(), "rollbacks " + kinds[3] + ", commits " + kinds[2]);
    }
}
