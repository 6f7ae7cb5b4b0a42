package dev.lockstep.examples.raftkv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.conformance.history.KvModel;
import dev.lockstep.conformance.history.Linearizability;
import dev.lockstep.conformance.history.LinearizabilityChecker;
import dev.lockstep.conformance.history.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The verdicts every fault test of the store asks for: a linearizable history, conforming traces. */
final class FaultRunChecks {
    private FaultRunChecks() {}

    /**
     * The clients' history is linearizable ({@link KvModel}) and the three servers' traces in {@code traces} conform
     * to specs/raft.lstep under the service model (written into {@code dir}); the traces write the log as sequence
     * deltas (docs/runtime.md "Sequence deltas"), so the checker read those.
     */
    static void assertLinearizableAndConforming(List<Operation<KvModel.Op, KvModel.Result>> history, Path dir,
                                                Path traces) throws Exception {
        Linearizability<KvModel.Op, KvModel.Result> lin = LinearizabilityChecker.check(new KvModel(), history);
        assertTrue(lin.linearizable(), () -> lin.explain());
        ConformanceResult conf = TraceChecker.check(ConformanceHarness.load(RaftKvSpec.withServiceModel(dir),
                RaftKvSpec.MODEL), List.of(traces));
        assertTrue(conf.conforms(), () -> "traces diverge from specs/raft.lstep: " + conf.divergence());
        assertEquals(3, conf.files().size());
        try (var files = Files.list(traces)) {
            for (Path f : files.toList()) {
                assertTrue(Files.readString(f).contains("\"log\":{\"#extends\":"), "no log delta in " + f);
            }
        }
    }

    /** How many init events a trace holds: its start, and one per restart (replayed as the spec's crash). */
    static long initEvents(Path trace) throws IOException {
        return Files.readAllLines(trace).stream().filter(l -> l.startsWith("{\"kind\":\"init\"")).count();
    }
}
