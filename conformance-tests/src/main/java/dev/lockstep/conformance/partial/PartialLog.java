package dev.lockstep.conformance.partial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.conformance.TraceOrigin;
import dev.lockstep.conformance.partial.PartialMapping.EventMapping;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.Itf;
import dev.lockstep.lang.value.ItfDecodeException;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.Value;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a partial trace: one JSON object per line, all nodes in one file in the order they were logged, each line
 * turned into a {@link LoggedEvent} through the {@link PartialMapping}. Streams: one line in memory at a time. A line
 * the mapping cannot read is an LS941 naming the file, the line and the field.
 */
final class PartialLog implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PartialMapping mapping;
    private final ModelInstance model;
    private final String file;
    private final BufferedReader in;
    private final Map<String, NodeV> nodes = new HashMap<>();
    private long lineNumber;
    private Map<String, Object> lastLine;

    PartialLog(Path path, PartialMapping mapping, ModelInstance model) throws IOException {
        this.mapping = mapping;
        this.model = model;
        this.file = path.toString();
        this.in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        for (CheckedSpec.Role r : model.spec().roles()) for (NodeV n : model.nodes(r.index())) nodes.put(n.name(), n);
    }

    /** The next logged event, or null at the end of the file. */
    LoggedEvent next() throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) continue;
            TraceOrigin origin = new TraceOrigin(file, lineNumber, line);
            Map<String, Object> json = object(line);
            lastLine = json;
            Object name = json.get(mapping.eventField());
            if (!(name instanceof String eventName)) throw bad("no event name in field '" + mapping.eventField() + "'");
            if (mapping.ignored().contains(eventName)) continue;
            EventMapping em = mapping.events().get(eventName);
            if (em == null) {
                throw bad("event '" + eventName + "' is not declared in the mapping " + mapping.file()
                        + " (declared: " + mapping.events().keySet() + "; list debug events under \"ignore\")");
            }
            return event(origin, em, json);
        }
        return null;
    }

    private LoggedEvent event(TraceOrigin origin, EventMapping em, Map<String, Object> json) {
        boolean needsNode = !em.observe() || !em.vars().isEmpty();
        Value node = null;
        int role = -1;
        int base = -1;
        if (needsNode || json.containsKey(mapping.nodeField())) {
            Object raw = mapped(mapping.nodeField(), field(json, mapping.nodeField()));
            NodeV n = raw instanceof String s ? nodes.get(s) : null;
            if (n == null) throw bad("field '" + mapping.nodeField() + "': " + raw + " is not a node of model "
                    + model.model().name() + " (its nodes are " + nodes.keySet().stream().sorted().toList() + ")");
            node = n;
            for (CheckedSpec.Role r : model.spec().roles()) {
                int i = model.nodeIndex(r.index(), n);
                if (i >= 0) {
                    role = r.index();
                    base = model.nodeBase(r.index(), i);
                }
            }
        }
        CheckedSpec.Role r = role < 0 ? null : model.spec().roles().get(role);
        if (r != null && !em.actions().isEmpty() && em.actions().stream().noneMatch(a -> a.role().equals(r.name()))) {
            throw bad("node " + node.show() + " plays role " + r.name() + ", but event '" + em.name()
                    + "' stands for " + em.actions().stream().map(CheckedSpec.Action::qualifiedName).sorted().toList());
        }
        Map<String, Value> params = new LinkedHashMap<>();
        for (var p : em.params().entrySet()) {
            CheckedSpec.Param param = em.actions().stream().flatMap(a -> a.params().stream())
                    .filter(q -> q.local().name().equals(p.getKey())).findFirst().orElseThrow();
            params.put(p.getKey(), decode(p.getValue(), field(json, p.getValue()), param.local().type()));
        }
        Map<Integer, Value> vars = new LinkedHashMap<>();
        for (var v : em.vars().entrySet()) {
            CheckedSpec.Var var = r.vars().stream().filter(x -> x.name().equals(v.getKey())).findFirst()
                    .orElseThrow(() -> bad("event '" + em.name() + "' logs variable " + v.getKey() + ", but node "
                            + json.get(mapping.nodeField()) + " plays role " + r.name() + ", which has no such variable"));
            vars.put(var.index(), decode(v.getValue(), field(json, v.getValue()), var.type()));
        }
        List<Map<String, Value>> sent = null;
        if (em.sentField() != null) {
            if (!(field(json, em.sentField()) instanceof List<?> list)) throw bad("field '" + em.sentField()
                    + "' must be a list of the messages sent");
            sent = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) sent.add(message(em, list.get(i), em.sentField() + "[" + i + "]"));
        }
        return new LoggedEvent(origin, em, node, role, base, params, vars, sent);
    }

    /** A logged message: its fields renamed to the spec's, each decoded by the message type's field type. */
    private Map<String, Value> message(EventMapping em, Object tree, String path) {
        if (!(tree instanceof Map<?, ?> m)) throw bad(path + ": expected a message object");
        Map<String, Object> fields = new LinkedHashMap<>();
        for (var e : m.entrySet()) {
            String logName = String.valueOf(e.getKey());
            fields.put(em.fieldRenames().getOrDefault(logName, logName), mapped(logName, e.getValue()));
        }
        Object typeName = fields.get("type");
        CheckedSpec.MessageDecl decl = model.spec().messages().stream().filter(d -> d.name().equals(typeName))
                .findFirst().orElseThrow(() -> bad(path + ": spec " + model.spec().name() + " has no message type "
                        + typeName + (fields.containsKey("type") ? "" : " (each logged message needs its type)")));
        Map<String, Value> out = new LinkedHashMap<>();
        for (var e : fields.entrySet()) {
            Type t = decl.type().field(e.getKey());
            if (t == null) throw bad(path + ": message " + decl.name() + " has no field " + e.getKey());
            out.put(e.getKey(), decodeMapped(path + "." + e.getKey(), e.getValue(), t));
        }
        return out;
    }

    private Object field(Map<String, Object> json, String name) {
        if (!json.containsKey(name)) throw bad("missing field '" + name + "'");
        return json.get(name);
    }

    /** A log value as the mapping's {@code values} say for its field. */
    private Object mapped(String field, Object raw) {
        Map<String, Object> table = mapping.values().get(field);
        if (table == null || raw instanceof Map || raw instanceof List) return raw;
        String key = String.valueOf(raw);
        return table.containsKey(key) ? table.get(key) : raw;
    }

    private Value decode(String field, Object raw, Type type) {
        return decodeMapped(field, mapped(field, raw), type);
    }

    private Value decodeMapped(String path, Object value, Type type) {
        try {
            return Itf.decode(lenient(value, type), type, path);
        } catch (ItfDecodeException e) {
            throw bad(e.getMessage());
        }
    }

    /** Logs write sets as plain JSON lists; the ITF form wraps them ({"#set": [...]}). */
    private static Object lenient(Object value, Type type) {
        if (type instanceof Type.SetOf set && value instanceof List<?> list) {
            return Map.of("#set", list.stream().map(x -> lenient(x, set.element())).toList());
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(String line) {
        try {
            Object tree = JSON.readValue(line, Object.class);
            if (tree instanceof Map<?, ?> m) return (Map<String, Object>) m;
            throw bad("expected a JSON object");
        } catch (JsonProcessingException e) {
            throw bad("not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The fields of the line {@link #next} returned last (per-node logs read their clocks from it). */
    Map<String, Object> lastLine() { return lastLine; }

    /** The line number of the line {@link #next} returned last. */
    long lineNumber() { return lineNumber; }

    private PartialInputException bad(String message) {
        return new PartialInputException(Code.PARTIAL_LOG_MALFORMED, file, lineNumber, message);
    }

    @Override
    public void close() throws IOException { in.close(); }
}
