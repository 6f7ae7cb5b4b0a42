package dev.lockstep.examples.raftkv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.conformance.history.KvModel;
import dev.lockstep.conformance.history.Operation;
import dev.lockstep.runtime.api.NodeId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store under faults, Jepsen style: three servers, concurrent clients, the leader killed (while it leads: cut
 * off, then killed) and restarted from its data directory, then a server cut off from the others and healed, all on a schedule fixed by the seed. The
 * clients' history must be linearizable, and every server's trace (across its restart) must conform to
 * specs/raft.lstep. About 17 s (default suite).
 */
class RaftKvFaultTest {
    static final long SEED = Long.getLong("raftkv.seed", 19);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int SETTLED_PER_PHASE = 5;

    @TempDir
    Path dir;

    @Test
    void linearizableAndConformingUnderLeaderKillAndPartition() throws Exception {
        Random schedule = new Random(SEED);
        Path traces = dir.resolve("traces");
        List<String> faults = new ArrayList<>();
        KvClients clients;
        try (FaultyCluster cluster = new FaultyCluster(3, dir.resolve("data"), traces, SEED)) {
            cluster.startAll();
            assertNotNull(cluster.awaitLeader(10_000), "no leader elected");
            clients = KvClients.start(cluster, 3, SEED);
            clients.phase(1_000 + schedule.nextInt(500), SETTLED_PER_PHASE);
            NodeId leader = cluster.killWhileLeader(10_000);
            assertNotNull(leader, "no leader to kill");
            faults.add("kill leader " + leader);
            clients.phase(1_000 + schedule.nextInt(500), SETTLED_PER_PHASE);
            faults.add("restart " + leader);
            cluster.start(leader);
            clients.phase(1_000 + schedule.nextInt(500), SETTLED_PER_PHASE);
            NodeId cut = schedule.nextBoolean() ? cluster.leader() : cluster.servers.get(schedule.nextInt(3));
            if (cut == null) cut = cluster.servers.get(0);
            faults.add("isolate " + cut);
            cluster.isolate(cut);
            clients.phase(1_500 + schedule.nextInt(500), SETTLED_PER_PHASE);
            faults.add("heal");
            cluster.healAll();
            clients.phase(1_500, SETTLED_PER_PHASE);
            clients.stop();
            // Let the healed server catch up, so that its trace shows it following the leader again.
            Thread.sleep(1_000);
        }
        List<Operation<KvModel.Op, KvModel.Result>> h = clients.history.recorder.history();
        AtomicInteger settled = clients.settled;
        System.out.println("raft-kv seed " + SEED + ": " + faults + "; " + h.size() + " operations, " + settled.get()
                + " settled");
        assertTrue(settled.get() >= 20, "too few operations settled: " + settled.get());
        FaultRunChecks.assertLinearizableAndConforming(h, dir, traces);
        // The killed server's trace goes on across its restart: a second init event, replayed as the spec's crash.
        String killed = faults.get(0).substring("kill leader ".length());
        assertEquals(2, FaultRunChecks.initEvents(traces.resolve(killed + ".ndjson")), "init events in the trace of " + killed);
        // The same traces against a Raft whose votedFor is volatile: a restart that keeps a vote is that spec's
        // crash losing it. The schedule kills a leader (votedFor = {itself}); should it have stepped down and reset
        // its vote just before the kill after all, nothing is lost and the traces conform to that spec too.
        Set<String> votedAtKill = votedForBeforeRestart(traces.resolve(killed + ".ndjson"));
        System.out.println("raft-kv: votedFor of " + killed + " at the kill: " + votedAtKill);
        ConformanceResult buggy = TraceChecker.check(ConformanceHarness.load(RaftKvSpec.withServiceModel(dir,
                RaftKvSpec.specFile("buggy/raft-vote-not-persisted.lstep")), RaftKvSpec.MODEL), List.of(traces));
        if (votedAtKill.isEmpty()) {
            assertTrue(buggy.conforms(), () -> "no vote to lose, yet: " + buggy.divergence());
        } else {
            assertEquals(ConformanceResult.Status.DIVERGES, buggy.status(), () -> String.valueOf(buggy.divergence()));
            assertEquals(killed, buggy.divergence().node(), () -> buggy.divergence().toString());
            assertTrue(buggy.divergence().toString().contains("votedFor"), () -> buggy.divergence().toString());
        }
    }

    /** The votedFor of the last state {@code trace} records before its second init event (the restart). */
    static Set<String> votedForBeforeRestart(Path trace) throws IOException {
        JsonNode last = null;
        int inits = 0;
        for (String line : Files.readAllLines(trace)) {
            if (line.isBlank()) continue;
            JsonNode e = JSON.readTree(line);
            if (e.get("kind").asText().equals("init") && ++inits == 2) {
                Set<String> voted = new TreeSet<>();
                last.get("state").get("votedFor").get("#set").forEach(n -> voted.add(n.asText()));
                return voted;
            }
            last = e;
        }
        throw new AssertionError("no restart in " + trace);
    }

    static KvCommand randomCommand(Random r) {
        int key = r.nextInt(3);
        return switch (r.nextInt(3)) {
            case 0 -> KvCommand.get(key);
            case 1 -> KvCommand.put(key, r.nextInt(5));
            default -> KvCommand.cas(key, r.nextInt(4) == 0 ? KvCommand.ABSENT : r.nextInt(5), r.nextInt(5));
        };
    }
}
