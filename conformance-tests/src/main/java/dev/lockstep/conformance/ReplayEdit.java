package dev.lockstep.conformance;

import dev.lockstep.runtime.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A what-if edit of a recorded run for {@code lockstep replay --edit}: drop one event of a node, swap one with the
 * node's next, or deliver one message late (its receive moves behind every other event of the receiver). Events are
 * named by their recorded step number, so several edits refer to the recording, whatever the edits before them did.
 */
public sealed interface ReplayEdit {
    /** The edit as the user wrote it, e.g. {@code drop:r2#2}. */
    String text();

    record Drop(String node, long step, String text) implements ReplayEdit {}

    record Swap(String node, long step, String text) implements ReplayEdit {}

    record DeliverLate(String messageId, String text) implements ReplayEdit {}

    /** Parses {@code drop:NODE#STEP}, {@code swap:NODE#STEP} or {@code deliver-late:MSGID}. */
    static ReplayEdit parse(String text) {
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        String arg = colon < 0 ? "" : text.substring(colon + 1);
        switch (kind) {
            case "drop", "swap" -> {
                int hash = arg.lastIndexOf('#');
                long step = -1;
                if (hash > 0) {
                    try {
                        step = Long.parseLong(arg.substring(hash + 1));
                    } catch (NumberFormatException e) {
                        step = -1;
                    }
                }
                if (step < 0) throw bad(text, "write " + kind + ":NODE#STEP, e.g. " + kind + ":r1#2");
                String node = arg.substring(0, hash);
                return kind.equals("drop") ? new Drop(node, step, text) : new Swap(node, step, text);
            }
            case "deliver-late" -> {
                if (arg.indexOf('#') <= 0) throw bad(text, "write deliver-late:MSGID, a message id such as tm#1");
                return new DeliverLate(arg, text);
            }
            default -> throw bad(text, "an edit is drop:NODE#STEP, swap:NODE#STEP or deliver-late:MSGID");
        }
    }

    /** The parsed edits, in the order given. */
    static List<ReplayEdit> parseAll(List<String> texts) {
        List<ReplayEdit> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(parse(t));
        return out;
    }

    /** Applies {@code edits} in order to per-node event lists (node name to a mutable list). */
    static void apply(List<ReplayEdit> edits, Map<String, List<RecordedRun.Recorded>> events) {
        for (ReplayEdit edit : edits) {
            switch (edit) {
                case Drop d -> {
                    List<RecordedRun.Recorded> list = nodeEvents(events, d.node(), d.text());
                    list.remove(editable(list, d.step(), d.text()));
                }
                case Swap s -> {
                    List<RecordedRun.Recorded> list = nodeEvents(events, s.node(), s.text());
                    int i = editable(list, s.step(), s.text());
                    if (i + 1 == list.size()) {
                        throw bad(s.text(), "step " + s.step() + " is the last event of " + s.node() + ": nothing to swap it with");
                    }
                    list.set(i, list.set(i + 1, list.get(i)));
                }
                case DeliverLate l -> moveReceiveToEnd(events, l);
            }
        }
    }

    private static List<RecordedRun.Recorded> nodeEvents(Map<String, List<RecordedRun.Recorded>> events, String node,
                                                         String text) {
        List<RecordedRun.Recorded> list = events.get(node);
        if (list == null) throw bad(text, "no node " + node + " in the traces (nodes: " + String.join(", ", events.keySet()) + ")");
        return list;
    }

    /** The position of the event recorded as {@code step}; the init event (step 0) stays where it is. */
    private static int editable(List<RecordedRun.Recorded> list, long step, String text) {
        if (step == 0) throw bad(text, "step 0 is the node's initial state, which an edit cannot move or drop");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).event().step() == step) return i;
        }
        throw bad(text, "no step " + step + " in the recording (or an earlier edit dropped it)");
    }

    private static void moveReceiveToEnd(Map<String, List<RecordedRun.Recorded>> events, DeliverLate l) {
        for (List<RecordedRun.Recorded> list : events.values()) {
            for (int i = 0; i < list.size(); i++) {
                TraceEvent.SentMessage consumed = list.get(i).event().consumed();
                if (consumed != null && consumed.id().equals(l.messageId())) {
                    list.add(list.remove(i));
                    return;
                }
            }
        }
        throw bad(l.text(), "no event receives message " + l.messageId());
    }

    private static ReplayInputException bad(String edit, String problem) {
        return new ReplayInputException("--edit " + edit + ": " + problem);
    }
}
