package dev.lockstep.runtime.trace;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes a node's trace events on a thread of their own ({@code lockstep-trace-<name>}), so that the node's thread
 * only builds each event and queues it: JSON encoding and file I/O leave the node's critical path. The writer polls
 * the queue every millisecond instead of being woken per event, because waking a parked thread costs the node a
 * system call per step. Events are written in the order they were queued, and none is ever dropped: when
 * {@code capacity} events are waiting, the node waits (backpressure). {@link #close()} writes everything still
 * queued, then closes the target.
 */
public final class AsyncTraceSink implements TraceSink {
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final TraceSink target;
    private final int capacity;
    private final ConcurrentLinkedQueue<TraceEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final Thread writer;
    private volatile boolean closing;
    private volatile RuntimeException failure;
    private boolean closed;

    public AsyncTraceSink(TraceSink target, String name, int capacity) {
        this.target = target;
        this.capacity = capacity;
        this.writer = new Thread(this::run, "lockstep-trace-" + name);
        writer.setDaemon(true);
        writer.start();
    }

    private void run() {
        try {
            while (true) {
                int n = 0;
                for (TraceEvent e; (e = queue.poll()) != null; n++) target.write(e);
                if (n > 0) {
                    queued.addAndGet(-n);
                } else if (closing) {
                    return;
                } else {
                    LockSupport.parkNanos(this, POLL_NANOS);
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    @Override
    public void write(TraceEvent event) {
        if (closed) throw new IllegalStateException("trace " + writer.getName() + " is closed");
        RuntimeException f = failure;
        if (f != null) throw f;
        if (queued.incrementAndGet() > capacity) {
            LockSupport.unpark(writer);
            while (queued.get() > capacity && failure == null && writer.isAlive()) LockSupport.parkNanos(POLL_NANOS / 10);
        }
        queue.add(event);
    }

    @Override
    public TraceRecorder.Resume resumes() { return target.resumes(); }

    /** Writes what is queued, stops the writer thread, closes the target; rethrows a failure of the writer. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        closing = true;
        LockSupport.unpark(writer);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            target.close();
        }
        if (failure != null) throw failure;
    }
}
