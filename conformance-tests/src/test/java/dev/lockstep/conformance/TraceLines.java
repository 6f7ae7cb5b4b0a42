package dev.lockstep.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A trace file's events as JSON trees, for tests that edit a recorded trace. */
final class TraceLines {
    static final ObjectMapper JSON = new ObjectMapper();

    private TraceLines() {}

    static List<ObjectNode> read(Path file) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) out.add((ObjectNode) JSON.readTree(line));
        return out;
    }

    static void write(Path file, List<ObjectNode> events) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ObjectNode e : events) lines.add(JSON.writeValueAsString(e));
        Files.write(file, lines);
    }
}
