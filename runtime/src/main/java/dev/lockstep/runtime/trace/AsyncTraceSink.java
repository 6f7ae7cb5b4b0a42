package dev.lockstep.runtime.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes a node's trace events on a thread of their own ({@code lockstep-trace-<name>}), so that the node's thread
 * only builds each event and hands it over: JSON encoding and file I/O leave the node's critical path. Events
 * are written in the order they were handed over, and none is ever dropped: when the queue is full, the node
 * waits (backpressure). {@link #close()} writes everything still queued, then closes the target.
 */
public final class AsyncTraceSink implements TraceSink {
    private static final TraceEvent END = new TraceEvent("end", "", "", 0, null, Map.of(), null, List.of(), null, 0, Map.of());

    private final TraceSink target;
    private final BlockingQueue<TraceEvent> queue;
    private final Thread writer;
    private volatile RuntimeException failure;
    private boolean closed;

    public AsyncTraceSink(TraceSink target, String name, int capacity) {
        this.target = target;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::run, "lockstep-trace-" + name);
        writer.setDaemon(true);
        writer.start();
    }

    private void run() {
        List<TraceEvent> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch);
                for (TraceEvent e : batch) {
                    if (e == END) return;
                    target.write(e);
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            queue.clear(); // unblock writers; the failure is reported by write and close
        }
    }

    @Override
    public void write(TraceEvent event) {
        if (closed) throw new IllegalStateException("trace " + writer.getName() + " is closed");
        if (failure != null) throw failure;
        try {
            queue.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing over a trace event", e);
        }
    }

    /** Writes what is queued, stops the writer thread, closes the target; rethrows a failure of the writer. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            if (failure == null) queue.put(END);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            target.close();
        }
        if (failure != null) throw failure;
    }
}
