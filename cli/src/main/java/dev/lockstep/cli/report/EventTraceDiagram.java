package dev.lockstep.cli.report;

import dev.lockstep.runtime.api.MessageId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Recorded trace events (a simulated run, or the traces {@code conform} checked) as a {@link SequenceDiagram}: one
 * lifeline per node, the events in Lamport order (which respects happens-before: a receive comes after its send),
 * arrows from a send to the receive of the same message id. The highlighted event is the failing or diverging one;
 * the diagram ends there, and keeps only the last {@link #MAX_ROWS} rows before it.
 */
public final class EventTraceDiagram {
    static final int MAX_ROWS = 200;

    private EventTraceDiagram() {}

    /**
     * The diagram of {@code events}; {@code node} and {@code step} name the event to highlight (node null: none;
     * step -1: the node's last event), {@code note} what went wrong there.
     */
    public static SequenceDiagram of(List<TraceEvents.Event> events, String node, long step, String note) {
        List<TraceEvents.Event> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparingLong(TraceEvents.Event::lamport).thenComparing(TraceEvents.Event::node)
                .thenComparingLong(TraceEvents.Event::step));
        int highlight = -1;
        for (int i = 0; i < ordered.size(); i++) {
            TraceEvents.Event e = ordered.get(i);
            if (node != null && e.node().equals(node) && (step < 0 || e.step() == step)) highlight = i;
        }
        int end = highlight >= 0 ? highlight + 1 : ordered.size();
        int start = Math.max(0, end - MAX_ROWS);
        List<TraceEvents.Event> shown = ordered.subList(start, end);

        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> lifelines = new ArrayList<>();
        events.stream().map(e -> e.role() + "[" + e.node() + "]").distinct().sorted().forEach(name -> {
            columns.put(name.substring(name.indexOf('[') + 1, name.length() - 1), lifelines.size());
            lifelines.add(name);
        });
        List<SequenceDiagram.Step> rows = new ArrayList<>();
        List<SequenceDiagram.Arrow> arrows = new ArrayList<>();
        Map<String, int[]> sentAt = new HashMap<>(); // message id -> {row, lifeline}
        Map<String, TraceEvents.Sent> sentMessages = new HashMap<>();
        Map<String, Map<?, ?>> lastState = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            TraceEvents.Event e = shown.get(i);
            int lifeline = columns.get(e.node());
            String action = e.action() == null ? e.node() + " starts (init)" : e.role() + "[" + e.node() + "]."
                    + e.action() + params(e.params());
            rows.add(new SequenceDiagram.Step(lifeline, e.node() + "#" + e.step(), action,
                    changes(e.node(), lastState.get(e.node()), e.state())));
            lastState.put(e.node(), e.state());
            for (String id : e.consumed()) {
                int[] from = sentAt.remove(id);
                TraceEvents.Sent m = sentMessages.get(id);
                String type = m == null ? id : m.type();
                MessageId parsed = MessageId.parse(id);
                String sender = parsed == null ? null : parsed.sender();
                arrows.add(new SequenceDiagram.Arrow(from == null ? -1 : from[0],
                        from == null ? columns.getOrDefault(sender, lifeline) : from[1], i, lifeline, type));
            }
            for (TraceEvents.Sent m : e.sent()) {
                sentAt.put(m.id(), new int[] {i, lifeline});
                sentMessages.put(m.id(), m);
            }
        }
        sentAt.forEach((id, at) -> {
            TraceEvents.Sent m = sentMessages.get(id);
            Integer to = m.dst() == null ? null : columns.get(m.dst());
            if (to != null) arrows.add(new SequenceDiagram.Arrow(at[0], at[1], -1, to, m.type()));
        });
        return new SequenceDiagram(lifelines, rows, arrows, highlight >= 0 ? highlight - start : -1, note, -1, null,
                start);
    }

    private static String params(Map<?, ?> params) {
        if (params.isEmpty()) return "";
        List<String> out = new ArrayList<>();
        params.forEach((k, v) -> out.add(k + " = " + TraceEvents.show(v)));
        return "(" + String.join(", ", out) + ")";
    }

    /** The node's variables that changed since its previous event; all of them at its first. */
    private static List<String> changes(String node, Map<?, ?> before, Map<?, ?> after) {
        List<String> out = new ArrayList<>();
        after.forEach((k, v) -> {
            if (before == null) out.add(node + "." + k + " = " + TraceEvents.show(v));
            else if (!Objects.equals(before.get(k), v)) {
                out.add(node + "." + k + ": " + TraceEvents.show(before.get(k)) + " → " + TraceEvents.show(v));
            }
        });
        return out;
    }
}
