package gen.twophasecommitdecoupled;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role TM of protocol TwoPhaseCommitDecoupled, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: two-phase-commit-decoupled.lstep:23:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public final class TMTrace implements AutoCloseable {

    /**
     * The spec's name of action TM.ReceivePrepared, as trace events carry it. (spec: two-phase-commit-decoupled.lstep:27:3)
     */
    public static final String RECEIVE_PREPARED = "ReceivePrepared";

    /**
     * The spec's name of action TM.Commit, as trace events carry it. (spec: two-phase-commit-decoupled.lstep:31:3)
     */
    public static final String COMMIT = "Commit";

    /**
     * The spec's name of action TM.Abort, as trace events carry it. (spec: two-phase-commit-decoupled.lstep:36:3)
     */
    public static final String ABORT = "Abort";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    public TMTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "TM", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    public void init(TMState state) {
        recorder.init(state);
    }

    /**
     * Records a step of TM.ReceivePrepared, which received {@code received} (a Prepared message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-decoupled.lstep:27:3)
     */
    public List<Envelope> receivePrepared(Envelope received, TMState after, TwoPhaseCommitDecoupledMessage... sent) {
        if (!(received.message() instanceof Prepared))
            throw new IllegalArgumentException("TM.ReceivePrepared receives a Prepared message, not " + received.message().type());
        return recorder.step(RECEIVE_PREPARED, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of TM.Commit, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-decoupled.lstep:31:3)
     */
    public List<Envelope> commit(NodeId proxy, TMState after, TwoPhaseCommitDecoupledMessage... sent) {
        return recorder.step(COMMIT, List.of("proxy"), List.of(proxy), null, List.of(sent), after);
    }

    /**
     * Records a step of TM.Abort, a timer action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-decoupled.lstep:36:3)
     */
    public List<Envelope> abort(TMState after, TwoPhaseCommitDecoupledMessage... sent) {
        return recorder.step(ABORT, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
