package dev.lockstep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lockstep.lang.diag.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON output helpers shared by the commands. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static Map<String, Object> diagnostic(Diagnostic d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", d.code().id());
        out.put("severity", d.severity().label());
        out.put("file", d.span().file().name());
        out.put("line", d.span().line());
        out.put("column", d.span().column());
        out.put("message", d.message());
        out.put("notes", d.notes());
        return out;
    }

    static List<Map<String, Object>> diagnostics(List<Diagnostic> ds) {
        return ds.stream().map(Json::diagnostic).toList();
    }
}
