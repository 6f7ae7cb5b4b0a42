package dev.lockstep.runtime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.testing.TwoPhaseCommit;
import dev.lockstep.runtime.trace.TraceSinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the conformance checker relies on, over traces of simulated runs with faults and crashes: every line has
 * exactly the fields docs/trace-schema.json allows (and the required ones), steps count up without gaps, and every
 * consumed message was sent by its src with that id, at a smaller Lamport clock (happens-before is recoverable).
 */
class SimulatedTracesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void tracesFollowTheSchemaAndLinkEachReceiveToItsSend(@TempDir Path dir) throws Exception {
        JsonNode schema = JSON.readTree(Path.of("../docs/trace-schema.json").toFile());
        Set<String> required = new HashSet<>();
        schema.get("required").forEach(r -> required.add(r.asText()));
        Set<String> allowed = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(allowed::add);
        NetworkSpec net = new NetworkSpec(NetworkSpec.Kind.BAG, true, true);
        int receives = 0;
        for (long seed = 0; seed < 20; seed++) {
            Path runDir = dir.resolve("seed-" + seed);
            SimulationResult r = Simulation.run(TwoPhaseCommit.correct(net),
                    SimulationOptions.of(seed, 2_000).withFaults(0.1, 0.2, 0.1).withTraces(TraceSinks.directory(runDir)),
                    TwoPhaseCommit::consistent);
            assertTrue(r.ok());
            Map<String, Long> sentAt = new HashMap<>(); // message id -> Lamport clock of the sending step
            List<JsonNode> consumers = new ArrayList<>();
            long steps = 0;
            try (var files = Files.list(runDir)) {
                for (Path f : files.sorted().toList()) {
                    long expectedStep = 0;
                    for (String line : Files.readAllLines(f)) {
                        JsonNode e = JSON.readTree(line);
                        Set<String> fields = new HashSet<>();
                        for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) fields.add(it.next());
                        assertTrue(fields.containsAll(required), line);
                        assertTrue(allowed.containsAll(fields), line);
                        assertEquals(expectedStep++, e.get("step").asLong(), "no gaps, crashes included: " + f);
                        assertEquals(e.get("step").asLong() == 0, e.get("kind").asText().equals("init"), line);
                        for (JsonNode s : e.get("sent")) {
                            assertTrue(s.get("id").asText().matches("^.+#[0-9]+$"), line);
                            sentAt.put(s.get("id").asText(), e.get("lamport").asLong());
                        }
                        if (e.has("consumed")) consumers.add(e);
                    }
                    steps += expectedStep - 1;
                }
            }
            assertEquals(r.steps(), steps, "one trace event per step");
            for (JsonNode c : consumers) {
                String id = c.get("consumed").get("id").asText();
                assertTrue(sentAt.containsKey(id), "consumed " + id + " was sent");
                assertTrue(id.startsWith(c.get("consumed").get("msg").get("src").asText() + "#"), id);
                assertTrue(c.get("lamport").asLong() > sentAt.get(id), "receive after send: " + id);
                receives++;
            }
        }
        assertTrue(receives > 20, "receives checked: " + receives);
    }
}
