package dev.lockstep.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.trace.SequenceDeltas;
import dev.lockstep.runtime.trace.TraceEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The trace events a diagram of a recorded run needs, read from the runtime's {@link TraceEvent}s (a simulation) or
 * from NDJSON trace files (conformance). Values stay ITF trees and are shown by {@link #show}.
 */
public final class TraceEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TraceEvents() {}

    /** A sent message: its trace id, type and destination node. */
    public record Sent(String id, String type, String dst) {}

    /**
     * One event: {@code step} 0 is the node's initial state ({@code action} null); {@code consumed} the ids of the
     * messages it received (empty for none); {@code state} the node's variables after it.
     */
    public record Event(String node, String role, long step, String action, Map<?, ?> params, List<String> consumed,
                        List<Sent> sent, Map<?, ?> state, long lamport) {}

    public static Event of(TraceEvent e) {
        List<String> consumed = new ArrayList<>();
        if (e.consumed() != null) consumed.add(e.consumed().id());
        if (e.consumedAll() != null) e.consumedAll().forEach(m -> consumed.add(m.id()));
        List<Sent> sent = new ArrayList<>();
        for (TraceEvent.SentMessage m : e.sent()) sent.add(sent(m.id(), m.msg()));
        return new Event(e.node(), e.role(), e.step(), e.action(), e.params(), consumed, sent,
                e.state() instanceof Map<?, ?> m ? m : Map.of(), e.lamport());
    }

    /**
     * The events of NDJSON trace files, in file order; a line that is not a trace event (the conformance report
     * says which) is left out, and so is a sequence delta it leaves without a base (docs/runtime.md "Sequence
     * deltas"; the conformance report names that line too). Reading stops after {@code limit} events, so that a
     * long recording does not fill the heap.
     */
    public static List<Event> read(List<Path> files, int limit) throws IOException {
        List<Event> out = new ArrayList<>();
        for (Path f : files) {
            SequenceDeltas.Expander deltas = new SequenceDeltas.Expander();
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null && out.size() < limit; line = r.readLine()) {
                    if (line.isBlank()) continue;
                    Event e = parse(line, deltas);
                    if (e != null) out.add(e);
                    else deltas.forget(); // a delta after a line left out has no base it can trust
                }
            }
        }
        return out;
    }

    private static Event parse(String line, SequenceDeltas.Expander deltas) {
        try {
            if (!(JSON.readValue(line, Object.class) instanceof Map<?, ?> json)) return null;
            if (!(json.get("node") instanceof String node) || !(json.get("step") instanceof Number step)) return null;
            List<String> consumed = new ArrayList<>();
            if (json.get("consumed") instanceof Map<?, ?> c && c.get("id") instanceof String id) consumed.add(id);
            if (json.get("consumedAll") instanceof List<?> all) {
                for (Object c : all) if (c instanceof Map<?, ?> m && m.get("id") instanceof String id) consumed.add(id);
            }
            List<Sent> sent = new ArrayList<>();
            if (json.get("sent") instanceof List<?> list) {
                for (Object s : list) if (s instanceof Map<?, ?> m) sent.add(sent(String.valueOf(m.get("id")), m.get("msg")));
            }
            String role = json.get("role") instanceof String r ? r : "?";
            Map<?, ?> state = json.get("state") instanceof Map<?, ?> st ? st : Map.of();
            state = deltas.expand(role, state);
            return new Event(node, role, step.longValue(),
                    json.get("action") instanceof String a ? a : null,
                    json.get("params") instanceof Map<?, ?> p ? p : Map.of(), consumed, sent, state,
                    json.get("lamport") instanceof Number l ? l.longValue() : step.longValue());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Sent sent(String id, Object msg) {
        if (!(msg instanceof Map<?, ?> m)) return new Sent(id, "message", null);
        return new Sent(id, m.get("type") == null ? "message" : show(m.get("type")),
                m.get("dst") == null ? null : show(m.get("dst")));
    }

    /** An ITF value in spec notation: sets {a, b}, tuples <<a, b>>, records [f |-> v], big integers as digits. */
    public static String show(Object v) {
        if (v instanceof Map<?, ?> m) {
            if (m.size() == 1 && m.get("#bigint") != null) return String.valueOf(m.get("#bigint"));
            if (m.size() == 1 && m.get("#set") instanceof List<?> l) return joined(l, "{", "}");
            if (m.size() == 1 && m.get("#tup") instanceof List<?> l) return joined(l, "<<", ">>");
            if (m.size() == 1 && m.get("#map") instanceof List<?> l) {
                StringJoiner j = new StringJoiner(", ", "(", ")");
                for (Object pair : l) {
                    if (pair instanceof List<?> kv && kv.size() == 2) j.add(show(kv.get(0)) + " :> " + show(kv.get(1)));
                }
                return j.toString();
            }
            StringJoiner j = new StringJoiner(", ", "[", "]");
            m.forEach((k, x) -> j.add(k + " |-> " + show(x)));
            return j.toString();
        }
        if (v instanceof List<?> l) return joined(l, "<<", ">>");
        return String.valueOf(v);
    }

    private static String joined(List<?> items, String open, String close) {
        StringJoiner j = new StringJoiner(", ", open, close);
        for (Object x : items) j.add(show(x));
        return j.toString();
    }
}
