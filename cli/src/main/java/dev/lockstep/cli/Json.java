package dev.lockstep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.diag.Diagnostic;
import java.util.List;

/**
 * The commands' JSON documents, built as Jackson trees: an {@link ObjectNode} keeps its fields in the order they
 * are put, so each document's field order is the order its builder reads in.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static ObjectNode object() { return MAPPER.createObjectNode(); }

    static ArrayNode array() { return MAPPER.createArrayNode(); }

    /** A plain Java value (an ITF state as maps and lists, a list of strings) as a tree. */
    static JsonNode tree(Object value) { return MAPPER.valueToTree(value); }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** {@link #write} on one line, as the text reports show a state. */
    static String oneLine(Object tree) { return write(tree).replaceAll("\\s+", " "); }

    static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode out = object();
        out.put("code", d.code().id());
        out.put("severity", d.severity().label());
        out.put("file", d.span().file().name());
        out.put("line", d.span().line());
        out.put("column", d.span().column());
        out.put("message", d.message());
        out.set("notes", tree(d.notes()));
        return out;
    }

    static ArrayNode diagnostics(List<Diagnostic> ds) {
        ArrayNode out = array();
        ds.forEach(d -> out.add(diagnostic(d)));
        return out;
    }

    /** {@code {"status": "bad-input", "diagnostics": [...]}}, what a command prints for a spec it refuses. */
    static ObjectNode badInput(List<Diagnostic> ds) {
        ObjectNode out = object().put("status", "bad-input");
        out.set("diagnostics", diagnostics(ds));
        return out;
    }
}
