package dev.lockstep.conformance;

import dev.lockstep.conformance.Divergence.Difference;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.runtime.api.MessageId;
import dev.lockstep.runtime.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges per-node traces into one sequence consistent with happens-before: each file's own order is kept, and an
 * event that consumes message {@code s#k} comes only after node {@code s} has sent its k-th message (message ids
 * carry the sender's counter, so a counter per node is all the memory this needs). Among the events that may come
 * next it takes the smallest Lamport clock, so the merged order also follows the clocks where they are consistent.
 * When no event may come next it reports why: a receive of a message its sender never sent, or a cycle of waits.
 * An event whose step number skips one is let through, so that the replay reports the gap where it occurs.
 */
final class HappensBeforeMerge {
    private static final class Cursor {
        final TraceFileReader reader;
        final String node;
        TraceFileReader.Located head;
        long lastStep = -1;
        long maxSent;
        /** For a head that receives: the sender's cursor (null without a trace) and the message's counter. */
        Cursor waitsOn;
        long waitsFor;

        Cursor(TraceFileReader reader, TraceFileReader.Located head) {
            this.reader = reader;
            this.head = head;
            this.node = head.event().node();
        }
    }

    private final List<Cursor> cursors = new ArrayList<>();
    private final Map<String, Cursor> byNode = new HashMap<>();

    /** Reads the first event of every file; empty files are skipped. */
    HappensBeforeMerge(List<TraceFileReader> readers) {
        for (TraceFileReader r : readers) {
            TraceFileReader.Located head = r.next();
            if (head == null) continue;
            Cursor c = new Cursor(r, head);
            Cursor other = byNode.putIfAbsent(c.node, c);
            if (other != null) {
                throw new MalformedTraceException(head.origin(), "node " + c.node + " also has the trace "
                        + other.reader.name() + "; each node writes exactly one file");
            }
            cursors.add(c);
        }
        for (Cursor c : cursors) resolveWait(c);
    }

    /** Looks up once what the head waits for, instead of parsing its message id on every {@link #ready} call. */
    private void resolveWait(Cursor c) {
        TraceEvent e = c.head == null ? null : c.head.event();
        if (e == null || e.consumed() == null) {
            c.waitsOn = null;
            c.waitsFor = 0;
            return;
        }
        String id = e.consumed().id(); // the parser has checked the shape
        c.waitsOn = null;
        for (Cursor sender : cursors) { // a scan of the few nodes, without building the sender's name
            if (MessageId.sentBy(id, sender.node)) {
                c.waitsOn = sender;
                break;
            }
        }
        c.waitsFor = MessageId.counterOf(id);
    }

    /** The next event in a happens-before order, or null when every file is consumed. */
    TraceFileReader.Located next() {
        Cursor best = null;
        boolean anyLeft = false;
        for (Cursor c : cursors) {
            if (c.head == null) continue;
            anyLeft = true;
            if (ready(c) && (best == null || c.head.event().lamport() < best.head.event().lamport())) best = c;
        }
        if (best == null) {
            if (anyLeft) throw new DivergenceException(stuck());
            return null;
        }
        TraceFileReader.Located out = best.head;
        TraceEvent e = out.event();
        best.lastStep = e.step();
        for (TraceEvent.SentMessage m : e.sent()) {
            best.maxSent = Math.max(best.maxSent, MessageId.counterOf(m.id()));
        }
        best.head = best.reader.next();
        if (best.head != null && !best.head.event().node().equals(best.node)) {
            throw new MalformedTraceException(best.head.origin(), "this file holds events of node " + best.node
                    + ", but this event is of node " + best.head.event().node());
        }
        resolveWait(best);
        return out;
    }

    private boolean ready(Cursor c) {
        TraceEvent e = c.head.event();
        if (e.step() != c.lastStep + 1) return true; // a gap: the replay reports it
        if (e.consumedAll() != null) return blocking(e) == null;
        if (e.consumed() == null) return true;
        if (c.waitsOn == null) return true; // the replay reports a receive from a node without a trace
        return c.waitsFor <= c.waitsOn.maxSent;
    }

    /**
     * The id of a message {@code e} receives that its sender (with a trace) has not sent yet: the consumed one, or
     * one of a quorum receive's set; null when there is none.
     */
    private String blocking(TraceEvent e) {
        List<TraceEvent.SentMessage> received = e.consumedAll() != null ? e.consumedAll()
                : e.consumed() != null ? List.of(e.consumed()) : List.of();
        for (TraceEvent.SentMessage m : received) {
            MessageId id = MessageId.parse(m.id()); // the parser has checked the shape
            Cursor sender = byNode.get(id.sender());
            if (sender != null && id.counter() > sender.maxSent) return m.id();
        }
        return null;
    }

    /** Every remaining head waits for a message: some was never sent, or the waits form a cycle. */
    private Divergence stuck() {
        List<Cursor> waiting = cursors.stream().filter(c -> c.head != null)
                .sorted(java.util.Comparator.comparingLong(c -> c.head.event().lamport())).toList();
        for (Cursor c : waiting) {
            String id = blocking(c.head.event());
            Cursor sender = byNode.get(MessageId.parse(id).sender());
            if (sender.head == null) {
                return at(c, Reason.NEVER_SENT, c.node + " receives message " + id + ", but "
                        + sender.node + " never sent it: its trace " + sender.reader.name() + " ends after step "
                        + sender.lastStep + (sender.maxSent == 0 ? ", having sent no message"
                        : ", whose last message is " + new MessageId(sender.node, sender.maxSent)), List.of());
            }
        }
        List<Difference> waits = new ArrayList<>();
        for (Cursor c : waiting) {
            TraceEvent e = c.head.event();
            String id = blocking(e);
            String sender = MessageId.parse(id).sender();
            waits.add(new Difference(c.head.origin().location() + " (" + c.node + " step " + e.step() + ")",
                    "receive after " + id + " is sent", "waits for " + sender + ", which has sent "
                    + "up to #" + byNode.get(sender).maxSent, null, null));
        }
        Cursor c = waiting.get(0);
        return at(c, Reason.UNORDERABLE, "no event can come next: every remaining event receives a message that is "
                + "sent only after it (a receive placed before its send)", waits);
    }

    private static Divergence at(Cursor c, Reason reason, String message, List<Difference> diffs) {
        return new Divergence(reason, c.head.origin(), c.node, c.head.event().step(), message, diffs, null);
    }
}
