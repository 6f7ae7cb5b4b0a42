package dev.lockstep.examples.raftkv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.history.KvModel;
import dev.lockstep.conformance.history.Operation;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.node.LinkFaults;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.api.MessageId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store under per-message faults, through the runtime's hook ({@link LinkFaults}, docs/runtime.md): every link
 * drops 8% of the messages, delays each by 0..30 ms and duplicates 2%, while three concurrent clients run and the
 * leader is killed (while it leads) and restarted from its data directory. The seed ({@code -Draftkv.seed=N}, as
 * {@link RaftKvFaultTest}) fixes which messages are dropped, delayed and duplicated (by their ids), the phases'
 * lengths and the clients' commands; not the interleaving, which is real time. The history must be linearizable and
 * every server's trace must conform to specs/raft.lstep: on its set network a message never delivered is one still
 * in the network, and the runtime never drops a Vote or an Ack there, which the spec's quorum receives read in full.
 */
class RaftKvLinkFaultTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The message types specs/raft.lstep's quorum receives read (BecomeLeader, AdvanceCommit). */
    private static final Set<String> QUORUM_READ = Set.of("Vote", "Ack");
    static final LinkFaults.Rule RULE = new LinkFaults.Rule(0.08, 0.02, 0, 30);

    @TempDir
    Path dir;

    @Test
    void linearizableAndConformingUnderDroppedDelayedAndDuplicatedMessagesAndALeaderKill() throws Exception {
        long seed = RaftKvFaultTest.SEED;
        Random schedule = new Random(seed);
        Path traces = dir.resolve("traces");
        KvClients clients;
        NodeId killed;
        long[] counts;
        try (FaultyCluster cluster = new FaultyCluster(3, dir.resolve("data"), traces, seed)) {
            cluster.linkFaults(LinkFaults.everywhere(seed, RULE));
            cluster.startAll();
            assertNotNull(cluster.awaitLeader(10_000), "no leader elected");
            clients = KvClients.start(cluster, 3, seed);
            clients.phase(1_000 + schedule.nextInt(500), RaftKvFaultTest.SETTLED_PER_PHASE);
            killed = cluster.killWhileLeader(10_000);
            assertNotNull(killed, "no leader to kill");
            clients.phase(1_000 + schedule.nextInt(500), RaftKvFaultTest.SETTLED_PER_PHASE);
            cluster.start(killed);
            clients.phase(1_500 + schedule.nextInt(500), RaftKvFaultTest.SETTLED_PER_PHASE);
            clients.stop();
            counts = cluster.faultCounts();
        }
        List<Operation<KvModel.Op, KvModel.Result>> h = clients.history.recorder.history();
        System.out.println("raft-kv link faults, seed " + seed + " (rerun: -Draftkv.seed=" + seed + "): " + RULE
                + " on every link; killed leader " + killed + "; dropped, delayed, duplicated " + Arrays.toString(counts)
                + "; " + h.size() + " operations, " + clients.settled.get() + " settled");
        // Duplicates (2%, a handful per run) are not required here: a run with few messages may have none.
        assertTrue(counts[0] > 0 && counts[1] > 0, "the faults happened: " + Arrays.toString(counts));
        assertTrue(clients.settled.get() >= 15, "too few operations settled: " + clients.settled.get());
        FaultRunChecks.assertLinearizableAndConforming(h, dir, traces);
        int lost = assertDroppedNeverConsumed(traces, LinkFaults.everywhere(seed, RULE));
        System.out.println("raft-kv link faults: " + lost + " sent messages the seed drops, none of them received");
        assertTrue(lost > 0, "the seed dropped no message the traces sent");
        assertEquals(2, FaultRunChecks.initEvents(traces.resolve(killed.name() + ".ndjson")), "init events in the trace of " + killed + ": its start and its restart");
    }

    /**
     * Reads every server's trace: each message it sent that {@code faults} drop (by its id) and the runtime may drop
     * (not a Vote or an Ack, which the spec's quorum receives read in full) is never consumed by its receiver. A
     * message can still escape its drop without failing this, if it was sent before the faults were set or never
     * arrived (its receiver was down). Returns how many sent messages the seed drops.
     */
    static int assertDroppedNeverConsumed(Path traces, LinkFaults faults) throws IOException {
        Map<String, Set<String>> consumed = new HashMap<>();
        List<JsonNode> sent = new ArrayList<>();
        try (var files = Files.list(traces)) {
            for (Path f : files.toList()) {
                String node = f.getFileName().toString().replace(".ndjson", "");
                Set<String> ids = consumed.computeIfAbsent(node, k -> new HashSet<>());
                for (String line : Files.readAllLines(f)) {
                    if (line.isBlank()) continue;
                    JsonNode e = JSON.readTree(line);
                    if (e.has("consumed")) ids.add(e.get("consumed").get("id").asText());
                    if (e.has("consumedAll")) e.get("consumedAll").forEach(m -> ids.add(m.get("id").asText()));
                    e.get("sent").forEach(sent::add);
                }
            }
        }
        int lost = 0;
        for (JsonNode m : sent) {
            String id = m.get("id").asText(), type = m.get("msg").get("type").asText();
            NodeId src = NodeId.of(m.get("msg").get("src").asText()), dst = NodeId.of(m.get("msg").get("dst").asText());
            if (src.equals(dst) || QUORUM_READ.contains(type)) continue;
            if (faults.decide(src, dst, MessageId.counterOf(id)).drop()) {
                lost++;
                assertFalse(consumed.getOrDefault(dst.name(), Set.of()).contains(id), id + " (" + type
                        + ") was dropped by the seed, yet " + dst + " received it");
            }
        }
        return lost;
    }
}
