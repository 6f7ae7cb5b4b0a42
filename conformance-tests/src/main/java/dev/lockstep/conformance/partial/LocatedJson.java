package dev.lockstep.conformance.partial;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.lockstep.lang.diag.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read into plain maps, lists and scalars, with the line of every value by its JSON pointer
 * ({@code /events/send/action}), so that a problem found after parsing (an unknown action in a mapping) still names
 * its line.
 */
final class LocatedJson {
    private static final JsonFactory JSON = new JsonFactory();
    private final Map<String, Integer> lines = new HashMap<>();
    final String file;
    /** The document: maps, lists, strings, numbers, booleans and nulls. */
    Object root;

    private LocatedJson(String file) { this.file = file; }

    /** Reads {@code path}; a file that cannot be read or is not JSON is an LS940 naming its line. */
    static LocatedJson read(Path path) {
        String file = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new PartialInputException(Code.PARTIAL_MAPPING_INVALID, file, 0, "cannot read the mapping: " + e);
        }
        try (JsonParser p = JSON.createParser(bytes)) {
            LocatedJson doc = new LocatedJson(file);
            if (p.nextToken() == null) {
                throw new PartialInputException(Code.PARTIAL_MAPPING_INVALID, file, 1, "the file is empty");
            }
            doc.root = doc.value(p, "");
            if (p.nextToken() != null) {
                throw new PartialInputException(Code.PARTIAL_MAPPING_INVALID, file, line(p), "text after the JSON value");
            }
            return doc;
        } catch (JsonProcessingException e) {
            throw new PartialInputException(Code.PARTIAL_MAPPING_INVALID, file, e.getLocation() == null ? 0
                    : e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new PartialInputException(Code.PARTIAL_MAPPING_INVALID, file, 0, "cannot read the mapping: " + e);
        }
    }

    /** The line of the value at {@code pointer}, or of the nearest enclosing value that has one. */
    int line(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer l = lines.get(p);
            if (l != null) return l;
            if (p.isEmpty()) return 1;
        }
    }

    /** A problem with the value at {@code pointer}. */
    PartialInputException problem(String pointer, String message) {
        return new PartialInputException(Code.PARTIAL_MAPPING_INVALID, file, line(pointer),
                (pointer.isEmpty() ? "" : pointer + ": ") + message);
    }

    private Object value(JsonParser p, String pointer) throws IOException {
        lines.put(pointer, line(p));
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (map.containsKey(name)) {
                        throw new PartialInputException(Code.PARTIAL_MAPPING_INVALID, file, line(p),
                                "field '" + name + "' is given twice");
                    }
                    map.put(name, value(p, pointer + "/" + name));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) list.add(value(p, pointer + "/" + list.size()));
                return list;
            }
            case VALUE_STRING -> { return p.getText(); }
            case VALUE_NUMBER_INT -> { return p.getNumberValue(); }
            case VALUE_TRUE -> { return Boolean.TRUE; }
            case VALUE_FALSE -> { return Boolean.FALSE; }
            case VALUE_NULL -> { return null; }
            default -> throw new PartialInputException(Code.PARTIAL_MAPPING_INVALID, file, line(p),
                    "unexpected " + p.currentToken());
        }
    }

    private static int line(JsonParser p) { return p.currentLocation().getLineNr(); }
}
