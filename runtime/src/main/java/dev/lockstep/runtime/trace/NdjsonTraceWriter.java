package dev.lockstep.runtime.trace;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes trace events as NDJSON (one JSON object per line) through a buffered streaming generator, so that
 * recording costs little per step. Not thread-safe: one writer per node, used from the node's event loop.
 */
public final class NdjsonTraceWriter implements TraceSink {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonGenerator out;

    public NdjsonTraceWriter(OutputStream stream) {
        try {
            this.out = MAPPER.getFactory().createGenerator(new BufferedOutputStream(stream, 1 << 16), JsonEncoding.UTF8);
            out.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NdjsonTraceWriter open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new NdjsonTraceWriter(Files.newOutputStream(file));
    }

    @Override
    public void write(TraceEvent e) {
        try {
            out.writeStartObject();
            out.writeStringField("kind", e.kind().json());
            out.writeStringField("node", e.node());
            out.writeStringField("role", e.role());
            out.writeNumberField("step", e.step());
            if (e.action() != null) out.writeStringField("action", e.action());
            out.writeObjectFieldStart("params");
            for (Map.Entry<String, Object> p : e.params().entrySet()) {
                out.writeFieldName(p.getKey());
                ItfJson.write(out, p.getValue());
            }
            out.writeEndObject();
            if (e.consumed() != null) {
                out.writeFieldName("consumed");
                writeMessage(e.consumed());
            }
            if (e.consumedAll() != null) {
                out.writeArrayFieldStart("consumedAll");
                for (TraceEvent.SentMessage m : e.consumedAll()) writeMessage(m);
                out.writeEndArray();
            }
            out.writeArrayFieldStart("sent");
            for (TraceEvent.SentMessage m : e.sent()) writeMessage(m);
            out.writeEndArray();
            out.writeFieldName("state");
            ItfJson.write(out, e.state());
            out.writeNumberField("lamport", e.lamport());
            out.writeObjectFieldStart("vclock");
            for (Map.Entry<String, Long> c : e.vectorClock().entrySet()) out.writeNumberField(c.getKey(), c.getValue());
            out.writeEndObject();
            out.writeEndObject();
            out.writeRaw('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void writeMessage(TraceEvent.SentMessage m) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", m.id());
        out.writeFieldName("msg");
        ItfJson.write(out, m.msg());
        out.writeEndObject();
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
