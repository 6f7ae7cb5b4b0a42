package gen.twophasecommitdecoupled;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role CommitProxy of protocol TwoPhaseCommitDecoupled, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: two-phase-commit-decoupled.lstep:43:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public final class CommitProxyTrace implements AutoCloseable {

    /**
     * The spec's name of action CommitProxy.ForwardCommit, as trace events carry it. (spec: two-phase-commit-decoupled.lstep:44:3)
     */
    public static final String FORWARD_COMMIT = "ForwardCommit";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: two-phase-commit-decoupled.lstep:43:1)
     */
    public CommitProxyTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "CommitProxy", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: two-phase-commit-decoupled.lstep:43:1)
     */
    public void init(CommitProxyState state) {
        recorder.init(state);
    }

    /**
     * Records a step of CommitProxy.ForwardCommit, which received {@code received} (a Commit message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-decoupled.lstep:44:3)
     */
    public List<Envelope> forwardCommit(Envelope received, CommitProxyState after, TwoPhaseCommitDecoupledMessage... sent) {
        if (!(received.message() instanceof Commit))
            throw new IllegalArgumentException("CommitProxy.ForwardCommit receives a Commit message, not " + received.message().type());
        return recorder.step(FORWARD_COMMIT, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: two-phase-commit-decoupled.lstep:43:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: two-phase-commit-decoupled.lstep:43:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
