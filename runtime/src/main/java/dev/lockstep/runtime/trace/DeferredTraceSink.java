package dev.lockstep.runtime.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds a node's trace events until {@link #drain()} and then writes them, in order, to the real sink. A Netty
 * node drains after each event it handled, once the step's messages are on their way, so writing the trace
 * overlaps with the network instead of delaying the send. Same thread as the recorder; not thread-safe.
 */
public final class DeferredTraceSink implements TraceSink {
    private final TraceSink target;
    private final List<TraceEvent> pending = new ArrayList<>();

    public DeferredTraceSink(TraceSink target) {
        this.target = target;
    }

    @Override
    public void write(TraceEvent event) {
        pending.add(event);
    }

    @Override
    public boolean enabled() { return target.enabled(); }

    /** Writes the held events to the target. */
    public void drain() {
        if (pending.isEmpty()) return;
        for (TraceEvent e : pending) target.write(e);
        pending.clear();
    }

    @Override
    public void close() {
        drain();
        target.close();
    }
}
