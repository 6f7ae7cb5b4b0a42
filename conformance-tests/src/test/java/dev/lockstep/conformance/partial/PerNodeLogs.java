package dev.lockstep.conformance.partial;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ProjectedLog} that writes one file per node, as a system whose nodes log on their own machines: each line
 * also carries the event's Lamport clock ({@code lc}), its vector clock ({@code vc}) and a wall-clock timestamp in
 * milliseconds ({@code ts}): one millisecond per event of the run, plus the node's clock offset (its clock's error).
 */
final class PerNodeLogs implements TraceSinks, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final ProjectedLog.Projection projection;
    private final Map<String, Long> offsets;
    private final Map<String, BufferedWriter> files = new LinkedHashMap<>();
    private final List<String> all = new ArrayList<>();
    private long events;

    PerNodeLogs(Path dir, ProjectedLog.Projection projection, Map<String, Long> offsetMillis) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.projection = projection;
        this.offsets = offsetMillis;
    }

    @Override
    public TraceSink open(NodeId node) {
        return event -> {
            long now = events++;
            try {
                for (Map<String, Object> line : projection.lines(event)) {
                    line.put("lc", event.lamport());
                    line.put("vc", event.vectorClock());
                    line.put("ts", now + offsets.getOrDefault(event.node(), 0L));
                    String text = JSON.writeValueAsString(line);
                    BufferedWriter out = files.get(event.node());
                    if (out == null) {
                        out = Files.newBufferedWriter(dir.resolve(event.node() + ".log"), StandardCharsets.UTF_8);
                        files.put(event.node(), out);
                    }
                    out.write(text);
                    out.write('\n');
                    all.add(text);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Every line, in the order the run logged them (what one shared log file would hold). */
    List<String> inRunOrder() { return all; }

    @Override
    public void close() throws IOException {
        for (BufferedWriter w : files.values()) w.close();
    }
}
