package dev.lockstep.conformance;

import dev.lockstep.runtime.api.MessageId;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The online counterpart of {@link HappensBeforeMerge}: the one door through which the events of a running system
 * reach a {@link ConformanceMonitor}, safe to use from any number of threads. A multi-threaded implementation (each
 * node on its own thread, or traces written by a writer thread per node as the Netty runtime does) hands events to
 * the monitor in whatever order the threads happen to run, so a receive can arrive before the step that sent its
 * message, although the send happened first. This feed serializes the events and passes them on in an order
 * consistent with happens-before: a node's events in step order, and an event that consumes message {@code s#k}
 * only after node {@code s}'s event that sent it. An event that arrives early waits (and so do the later events of
 * its node); when the run ends, {@link #finish()} passes on whatever still waits, so the monitor reports a message
 * that was never sent or a missing step just as it reports them from files.
 */
public final class HappensBeforeFeed {
    private final ConformanceMonitor monitor;
    private final String source;
    private final Map<String, NodeOrder> nodes = new HashMap<>();
    private int waiting;
    private boolean finished;

    /** Per node: the next step it may pass on, its largest message counter passed on, and its early events by step. */
    private static final class NodeOrder {
        long nextStep;
        long maxSent;
        final TreeMap<Long, Held> early = new TreeMap<>();
    }

    private record Held(TraceEvent event, TraceOrigin origin) {}

    /** @param source names the run in reports, e.g. {@code "seed 17 (online)"} */
    public HappensBeforeFeed(ConformanceMonitor monitor, String source) {
        this.monitor = monitor;
        this.source = source;
    }

    public ConformanceMonitor monitor() { return monitor; }

    /** A sink for one node's recorder; any thread may write to it, and each sink numbers its events for reports. */
    public TraceSink sink() {
        return new TraceSink() {
            private long sequence;

            @Override
            public void write(TraceEvent event) {
                synchronized (HappensBeforeFeed.this) {
                    offer(event, TraceOrigin.online(source, ++sequence));
                }
            }
        };
    }

    /**
     * Ends the run: events still waiting (for a message never sent, or behind a missing step) go to the monitor, which
     * reports the first of them. Returns the monitor's first divergence, or null when every event conformed.
     */
    public synchronized Divergence finish() {
        finished = true;
        while (waiting > 0 && monitor.firstDivergence() == null) {
            // Nothing waiting can pass on its own: force the earliest head, by Lamport clock, and let the monitor judge.
            Held first = null;
            NodeOrder from = null;
            for (NodeOrder n : nodes.values()) {
                if (n.early.isEmpty()) continue;
                Held h = n.early.firstEntry().getValue();
                if (first == null || h.event().lamport() < first.event().lamport()) {
                    first = h;
                    from = n;
                }
            }
            from.early.pollFirstEntry();
            waiting--;
            pass(from, first);
            release();
        }
        return monitor.firstDivergence();
    }

    private void offer(TraceEvent e, TraceOrigin origin) {
        NodeOrder n = nodes.computeIfAbsent(e.node(), k -> new NodeOrder());
        if (finished || monitor.firstDivergence() != null) {
            monitor.accept(e, origin); // late, or the verdict is in: nothing left to order
            return;
        }
        if (n.early.isEmpty() && e.step() == n.nextStep && ready(e)) { // the usual case: in order
            pass(n, new Held(e, origin));
            if (waiting > 0) release();
            return;
        }
        if (e.step() < n.nextStep || n.early.putIfAbsent(e.step(), new Held(e, origin)) != null) {
            monitor.accept(e, origin); // a step number used twice: the monitor reports it
            return;
        }
        waiting++;
        release();
    }

    /** Passes on every waiting event that has become ready, until none is. */
    private void release() {
        boolean progress = true;
        while (progress && waiting > 0 && monitor.firstDivergence() == null) {
            progress = false;
            for (NodeOrder n : nodes.values()) {
                while (!n.early.isEmpty()) {
                    Map.Entry<Long, Held> head = n.early.firstEntry();
                    if (head.getKey() != n.nextStep || !ready(head.getValue().event())) break;
                    n.early.pollFirstEntry();
                    waiting--;
                    pass(n, head.getValue());
                    progress = true;
                }
            }
        }
    }

    private void pass(NodeOrder n, Held h) {
        TraceEvent e = h.event();
        n.nextStep = e.step() + 1;
        for (TraceEvent.SentMessage m : e.sent()) n.maxSent = Math.max(n.maxSent, counter(m.id()));
        monitor.accept(e, h.origin());
    }

    /**
     * A receive is ready once its sender's sending event has been passed on (a quorum receive: every sender's);
     * other events are always ready.
     */
    private boolean ready(TraceEvent e) {
        if (e.consumedAll() != null) return e.consumedAll().stream().allMatch(m -> sent(m.id()));
        return e.consumed() == null || sent(e.consumed().id());
    }

    private boolean sent(String id) {
        MessageId parsed = MessageId.parse(id);
        if (parsed == null) return true; // a malformed id: the monitor reports it
        NodeOrder sender = nodes.get(parsed.sender());
        return sender != null && parsed.counter() <= sender.maxSent;
    }

    /** The counter of an id {@code node#k}, or -1 when the id has another shape. */
    private static long counter(String id) {
        MessageId parsed = MessageId.parse(id);
        return parsed == null ? -1 : parsed.counter();
    }

    /** For tests and reports: how many events wait for their causes right now. */
    synchronized int waiting() { return waiting; }
}
