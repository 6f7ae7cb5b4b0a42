package dev.lockstep.runtime.trace;

/** Where trace events go. {@link #OFF} drops them, and lets recorders skip encoding entirely. */
public interface TraceSink extends AutoCloseable {
    void write(TraceEvent event);

    /** False when events are dropped unseen, so callers need not build them. */
    default boolean enabled() { return true; }

    @Override
    default void close() {}

    /**
     * Where the node's trace goes on when this sink continues the trace of an earlier incarnation of the node (a
     * process restarted from its data directory, appending to its old trace file), or null for a new trace: the
     * recorder then continues that trace's step numbers, message ids and clocks, so that the file stays one trace
     * with the restart as a second {@code init} event, as in the simulator.
     */
    default TraceRecorder.Resume resumes() { return null; }

    TraceSink OFF = new TraceSink() {
        @Override
        public void write(TraceEvent event) {}

        @Override
        public boolean enabled() { return false; }
    };
}
