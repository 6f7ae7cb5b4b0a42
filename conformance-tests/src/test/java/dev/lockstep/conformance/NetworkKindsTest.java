package dev.lockstep.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network's kind decides what a receive may consume: a bag consumes one copy, a fifo channel only its head and
 * in send order; a set keeps messages. A sender sends two messages to one receiver per step.
 */
class NetworkKindsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PIPE = """
            protocol Pipe
            const A: node
            const B: node
            message Data { n: int }
            network KIND
            role Sender at {A} {
              var next: int = 0
              auto action Send2 when next < 4 do next' = next + 2
                send Data { n: next } to B
                send Data { n: next + 1 } to B
            }
            role Receiver at {B} {
              var got: seq<int> = <<>>
              on receive m: Data do got' = Append(got, m.n)
            }
            model m { A = a  B = b }
            """;

    @TempDir
    Path dir;

    private ModelInstance model(String kind) {
        var c = Frontend.compile("pipe.lstep", PIPE.replace("KIND", kind));
        assertTrue(c.ok(), c.diagnostics().toString());
        return ModelInstance.bind(c.spec().get(), "m").orElseThrow();
    }

    /** Walks until both sends happened and the receiver got at least two messages. */
    private ModelInstance walk(String kind) throws IOException {
        ModelInstance m = model(kind);
        for (long seed = 0; seed < 200; seed++) {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) Files.delete(p);
            }
            try (NdjsonTraceSinks sinks = new NdjsonTraceSinks(dir)) {
                new SpecWalkTraces(m).walk(seed, 12, sinks);
            }
            if (Files.readAllLines(dir.resolve("b.ndjson")).size() >= 3) {
                ConformanceResult r = TraceChecker.check(m, List.of(dir));
                assertTrue(r.conforms(), () -> ConformanceReport.divergence(r.divergence()));
                return m;
            }
        }
        throw new AssertionError("no walk delivered two messages");
    }

    private List<ObjectNode> events(String node) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(node + ".ndjson"))) out.add((ObjectNode) JSON.readTree(line));
        return out;
    }

    private void write(String node, List<ObjectNode> events) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ObjectNode e : events) lines.add(JSON.writeValueAsString(e));
        Files.write(dir.resolve(node + ".ndjson"), lines);
    }

    @Test
    void fifoSendsOnOneChannelMustKeepTheSpecsOrder() throws IOException {
        ModelInstance m = walk("fifo");
        List<ObjectNode> a = events("a");
        ArrayNode sent = (ArrayNode) a.get(1).get("sent");
        ObjectNode first = (ObjectNode) sent.get(0).get("msg"), second = (ObjectNode) sent.get(1).get("msg");
        sent.set(0, JSON.createObjectNode().put("id", sent.get(0).get("id").asText()).set("msg", second));
        sent.set(1, JSON.createObjectNode().put("id", sent.get(1).get("id").asText()).set("msg", first));
        write("a", a);
        Divergence d = TraceChecker.check(m, List.of(dir)).divergence();
        assertEquals(Reason.WRONG_SENDS, d.reason(), ConformanceReport.divergence(d));
        assertTrue(d.message().contains("another order than the spec on a fifo channel"), d.message());
    }

    @Test
    void fifoReceivesOnlyTheHeadOfTheChannel() throws IOException {
        ModelInstance m = walk("fifo");
        List<ObjectNode> b = events("b");
        // The receiver claims to take the second message first.
        ObjectNode e = b.get(1);
        ((ObjectNode) e.get("consumed").get("msg")).set("n", JSON.createObjectNode().put("#bigint", "1"));
        ((ObjectNode) e.get("state")).set("got", JSON.createArrayNode().add(JSON.createObjectNode().put("#bigint", "1")));
        write("b", b.subList(0, 2));
        Divergence d = TraceChecker.check(m, List.of(dir)).divergence();
        assertEquals(Reason.NOT_DELIVERABLE, d.reason(), ConformanceReport.divergence(d));
        assertTrue(d.message().contains("it is not the head of its channel"), d.message());
    }

    @Test
    void aBagConsumesWhatIsDeliveredAndAcceptsAnyOrder() throws IOException {
        ModelInstance m = walk("bag");
        List<ObjectNode> b = events("b");
        // Receiving the first message a second time: the bag has no copy left.
        ObjectNode again = b.get(1).deepCopy();
        again.put("step", 2);
        ((ObjectNode) again.get("state")).set("got", ((ArrayNode) b.get(1).get("state").get("got")).deepCopy()
                .add(b.get(1).get("state").get("got").get(0)));
        write("b", List.of(b.get(0), b.get(1), again));
        Divergence d = TraceChecker.check(m, List.of(dir)).divergence();
        assertEquals(Reason.NOT_DELIVERABLE, d.reason(), ConformanceReport.divergence(d));
        assertTrue(d.message().contains("not deliverable in the spec's bag network"), d.message());
    }

    @Test
    void aSetKeepsDeliveredMessagesSoTheyMayBeReceivedAgain() throws IOException {
        ModelInstance m = walk("set");
        List<ObjectNode> b = events("b");
        ObjectNode again = b.get(1).deepCopy();
        again.put("step", 2);
        ((ObjectNode) again.get("state")).set("got", ((ArrayNode) b.get(1).get("state").get("got")).deepCopy()
                .add(b.get(1).get("state").get("got").get(0)));
        write("b", List.of(b.get(0), b.get(1), again));
        ConformanceResult r = TraceChecker.check(m, List.of(dir));
        assertTrue(r.conforms(), () -> ConformanceReport.divergence(r.divergence()));
    }

    @Test
    void aLossyFifoChannelMayLoseTheMessagesAheadOfTheOneReceived() throws IOException {
        walk("fifo");
        ModelInstance lossy = model("fifo lossy");
        List<ObjectNode> b = events("b");
        ObjectNode e = b.get(1);
        ((ObjectNode) e.get("consumed")).put("id", "a#2");
        ((ObjectNode) e.get("consumed").get("msg")).set("n", JSON.createObjectNode().put("#bigint", "1"));
        ((ObjectNode) e.get("state")).set("got", JSON.createArrayNode().add(JSON.createObjectNode().put("#bigint", "1")));
        write("b", b.subList(0, 2));
        ConformanceResult r = TraceChecker.check(lossy, List.of(dir));
        assertTrue(r.conforms(), () -> ConformanceReport.divergence(r.divergence()));
        // Without losses the same trace skips the head of the channel.
        assertEquals(Reason.NOT_DELIVERABLE, TraceChecker.check(model("fifo"), List.of(dir)).divergence().reason());
    }
}
