package dev.lockstep.runtime.trace;

/** Where trace events go. {@link #OFF} drops them, and lets recorders skip encoding entirely. */
public interface TraceSink extends AutoCloseable {
    void write(TraceEvent event);

    /** False when events are dropped unseen, so callers need not build them. */
    default boolean enabled() { return true; }

    @Override
    default void close() {}

    TraceSink OFF = new TraceSink() {
        @Override
        public void write(TraceEvent event) {}

        @Override
        public boolean enabled() { return false; }
    };
}
