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
import dev.lockstep.conformance.history.Linearizability;
import dev.lockstep.conformance.history.LinearizabilityChecker;
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
import java.util.concurrent.atomic.AtomicBoolean;
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
        KvHistory history = new KvHistory();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger settled = new AtomicInteger();
        List<String> faults = new ArrayList<>();
        try (FaultyCluster cluster = new FaultyCluster(3, dir.resolve("data"), traces, SEED)) {
            cluster.startAll();
            assertNotNull(cluster.awaitLeader(10_000), "no leader elected");
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                int id = c;
                Random ops = new Random(SEED * 100 + c);
                Thread t = new Thread(() -> {
                    try (KvClient client = new KvClient(cluster.clientAddresses(), 2_000)) {
                        while (!stop.get()) {
                            Reply r = history.run(id, client, randomCommand(ops));
                            if (r.kind() == Reply.Kind.VALUE || r.kind() == Reply.Kind.OK || r.kind() == Reply.Kind.FAILED) {
                                settled.incrementAndGet();
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "client-" + c);
                t.start();
                clients.add(t);
            }
            phase(settled, 1_000 + schedule.nextInt(500));
            NodeId leader = cluster.killWhileLeader(10_000);
            assertNotNull(leader, "no leader to kill");
            faults.add("kill leader " + leader);
            phase(settled, 1_000 + schedule.nextInt(500));
            faults.add("restart " + leader);
            cluster.start(leader);
            phase(settled, 1_000 + schedule.nextInt(500));
            NodeId cut = schedule.nextBoolean() ? cluster.leader() : cluster.servers.get(schedule.nextInt(3));
            if (cut == null) cut = cluster.servers.get(0);
            faults.add("isolate " + cut);
            cluster.isolate(cut);
            phase(settled, 1_500 + schedule.nextInt(500));
            faults.add("heal");
            cluster.healAll();
            phase(settled, 1_500);
            stop.set(true);
            for (Thread t : clients) t.join(10_000);
            // Let the healed server catch up, so that its trace shows it following the leader again.
            Thread.sleep(1_000);
        }
        List<Operation<KvModel.Op, KvModel.Result>> h = history.recorder.history();
        System.out.println("raft-kv seed " + SEED + ": " + faults + "; " + h.size() + " operations, " + settled.get()
                + " settled");
        assertTrue(settled.get() >= 20, "too few operations settled: " + settled.get());
        Linearizability<KvModel.Op, KvModel.Result> lin = LinearizabilityChecker.check(new KvModel(), h);
        assertTrue(lin.linearizable(), () -> lin.explain());

        ConformanceResult conf = TraceChecker.check(ConformanceHarness.load(RaftKvSpec.withServiceModel(dir), RaftKvSpec.MODEL),
                List.of(traces));
        assertTrue(conf.conforms(), () -> "traces diverge from specs/raft.lstep: " + conf.divergence());
        assertEquals(3, conf.files().size());
        // The killed server's trace goes on across its restart: a second init event, replayed as the spec's crash.
        String killed = faults.get(0).substring("kill leader ".length());
        long inits = Files.readAllLines(traces.resolve(killed + ".ndjson")).stream()
                .filter(l -> l.startsWith("{\"kind\":\"init\"")).count();
        assertEquals(2, inits, "init events in the trace of " + killed);
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

    /**
     * One phase of the schedule: {@code millis}, and longer (up to 15 s) until the clients settled at least
     * {@link #SETTLED_PER_PHASE} more operations. On a quiet machine that takes a fraction of the phase; on a loaded
     * one (elections every second, commands answered UNKNOWN) the faults would otherwise follow each other before
     * the store did anything between them, and the history would check little.
     */
    private static void phase(AtomicInteger settled, long millis) throws InterruptedException {
        int target = settled.get() + SETTLED_PER_PHASE;
        Thread.sleep(millis);
        long end = System.currentTimeMillis() + 15_000;
        while (settled.get() < target && System.currentTimeMillis() < end) Thread.sleep(50);
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
