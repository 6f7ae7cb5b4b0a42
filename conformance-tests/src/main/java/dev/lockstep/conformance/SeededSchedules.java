package dev.lockstep.conformance;

/**
 * An implementation under test, as the conformance harness sees it: given a seed, run one schedule (a deterministic
 * function of the seed: delivery order, drops, inputs, timeouts) and record every node's steps with a
 * {@link dev.lockstep.runtime.trace.TraceRecorder} on the sink {@code sinks.open(node)}. Hand-written code
 * implements this directly; generated code under the runtime's simulator needs one adapter that creates the
 * simulator with the seed and the sinks.
 */
@FunctionalInterface
public interface SeededSchedules {
    void run(long seed, TraceSinks sinks) throws Exception;
}
