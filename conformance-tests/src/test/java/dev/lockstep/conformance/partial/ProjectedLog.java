package dev.lockstep.conformance.partial;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stands for an existing system's own logging: every node's events go through a {@link Projection} that keeps only
 * what such a system logs (its sends, its decisions, ...) under its own field names and values, and the lines of all
 * nodes go to one file in the order they happen (the implementations under test run on one thread). The
 * implementation itself is not changed: only what reaches the log is less than a full trace.
 */
final class ProjectedLog implements TraceSinks, AutoCloseable {
    /** The log lines (JSON objects) one trace event becomes; none for an event the system does not log. */
    interface Projection {
        List<Map<String, Object>> lines(TraceEvent e);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BufferedWriter out;
    private final Projection projection;
    private long lines;
    private long events;

    ProjectedLog(Path file, Projection projection) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.projection = projection;
    }

    @Override
    public TraceSink open(NodeId node) {
        return event -> {
            events++;
            try {
                for (Map<String, Object> line : projection.lines(event)) {
                    out.write(JSON.writeValueAsString(line));
                    out.write('\n');
                    lines++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    long lines() { return lines; }

    long events() { return events; }

    /** An ITF value as a plain log would write it: integers as numbers, sets as lists. */
    static Object plain(Object itf) {
        if (itf instanceof Map<?, ?> m && m.size() == 1 && m.get("#bigint") instanceof String s) return Long.parseLong(s);
        if (itf instanceof Map<?, ?> m && m.size() == 1 && m.get("#set") instanceof List<?> l) {
            return l.stream().map(ProjectedLog::plain).toList();
        }
        if (itf instanceof List<?> l) return l.stream().map(ProjectedLog::plain).toList();
        if (itf instanceof Map<?, ?> m) {
            Map<String, Object> o = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> o.put(String.valueOf(k), plain(v)));
            return o;
        }
        return itf instanceof NodeId n ? n.name() : itf;
    }

    static List<Object> plainAll(List<?> values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) out.add(plain(v));
        return out;
    }

    @Override
    public void close() throws IOException { out.close(); }
}
