package dev.lockstep.examples.raftkv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.trace.NdjsonTraceWriter;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node's trace file that a restarted node appends to: the counters of the events already there (last step,
 * highest message id, clocks) are read back, so the restarted node's recorder continues them
 * ({@link TraceSink#resumes()}) and the file stays one trace of the node, its restart a second {@code init} event,
 * which the conformance checker replays as the spec's crash step. The store writes its traces with sequence deltas
 * (docs/runtime.md "Sequence deltas"): its log would otherwise make every event cost the log's length; the restarted
 * node's new writer has seen none of the file, so its first event writes every value whole.
 */
final class ContinuedTrace implements TraceSink {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final NdjsonTraceWriter writer;
    private final TraceRecorder.Resume resume;

    private ContinuedTrace(NdjsonTraceWriter writer, TraceRecorder.Resume resume) {
        this.writer = writer;
        this.resume = resume;
    }

    static ContinuedTrace open(Path file) throws IOException {
        return open(file, true);
    }

    /** As {@link #open(Path)}; without {@code sequenceDeltas}, in the plain format (to compare, RaftKvBench). */
    static ContinuedTrace open(Path file, boolean sequenceDeltas) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        TraceRecorder.Resume resume = Files.exists(file) ? readCounters(file) : null;
        return new ContinuedTrace(new NdjsonTraceWriter(Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), sequenceDeltas), resume);
    }

    private static TraceRecorder.Resume readCounters(Path file) throws IOException {
        long step = -1, lamport = 0, messages = 0;
        Map<String, Long> clock = new TreeMap<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) continue;
                JsonNode e = JSON.readTree(line);
                step = number(e.get("step"));
                lamport = number(e.get("lamport"));
                clock.clear();
                for (Iterator<Map.Entry<String, JsonNode>> it = e.get("vclock").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> c = it.next();
                    clock.put(c.getKey(), number(c.getValue()));
                }
                for (JsonNode m : e.get("sent")) {
                    String id = m.get("id").asText();
                    messages = Math.max(messages, Long.parseLong(id.substring(id.lastIndexOf('#') + 1)));
                }
            }
        }
        return step < 0 ? null : new TraceRecorder.Resume(step, messages, lamport, clock);
    }

    /** An ITF number: plain, or {@code {"#bigint": "..."}}. */
    private static long number(JsonNode n) {
        return n.isObject() ? Long.parseLong(n.get("#bigint").asText()) : n.asLong();
    }

    @Override
    public void write(TraceEvent event) { writer.write(event); }

    @Override
    public TraceRecorder.Resume resumes() { return resume; }

    @Override
    public void close() { writer.close(); }
}
