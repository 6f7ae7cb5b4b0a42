package dev.lockstep.conformance.history;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records the operations of concurrent clients as they happen, for {@link LinearizabilityChecker}. Times come from one
 * shared counter, so an operation that completed before another was invoked has a smaller return time than the
 * other's call time, whatever the clocks of the threads. Thread-safe.
 */
public final class HistoryRecorder<I, O> {
    private final AtomicLong clock = new AtomicLong();
    private final List<Operation<I, O>> done = new ArrayList<>();

    /** An operation invoked and not yet answered. */
    public final class Invocation {
        private final int client;
        private final I input;
        private final long call;
        private boolean closed;

        private Invocation(int client, I input, long call) {
            this.client = client;
            this.input = input;
            this.call = call;
        }

        /** The client was answered {@code output}. */
        public void ok(O output) { close(output, clock.incrementAndGet(), true); }

        /** The operation certainly did not take effect (e.g. refused before it reached the store): it is dropped. */
        public void failed() { close(null, 0, false); }

        /** The client does not know whether it took effect (e.g. a timeout): it may, at any time after its call. */
        public void unknown() { close(null, Operation.PENDING, true); }

        private void close(O output, long ret, boolean keep) {
            synchronized (HistoryRecorder.this) {
                if (closed) throw new IllegalStateException("operation already completed: " + input);
                closed = true;
                if (keep) done.add(new Operation<>(done.size(), client, input, output, call, ret));
            }
        }
    }

    public Invocation invoke(int client, I input) { return new Invocation(client, input, clock.incrementAndGet()); }

    /** The operations completed (or abandoned as unknown) so far. */
    public synchronized List<Operation<I, O>> history() { return List.copyOf(done); }
}
