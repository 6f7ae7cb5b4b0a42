package gen.twophasecommitlossy;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role TM of protocol TwoPhaseCommitLossy, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: two-phase-commit-lossy.lstep:26:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-lossy.lstep")
public final class TMTrace implements AutoCloseable {

    /**
     * The spec's name of action TM.ReceivePrepared, as trace events carry it. (spec: two-phase-commit-lossy.lstep:33:3)
     */
    public static final String RECEIVE_PREPARED = "ReceivePrepared";

    /**
     * The spec's name of action TM.Commit, as trace events carry it. (spec: two-phase-commit-lossy.lstep:39:3)
     */
    public static final String COMMIT = "Commit";

    /**
     * The spec's name of action TM.Abort, as trace events carry it. (spec: two-phase-commit-lossy.lstep:45:3)
     */
    public static final String ABORT = "Abort";

    /**
     * The spec's name of action TM.RetransmitCommit, as trace events carry it. (spec: two-phase-commit-lossy.lstep:52:3)
     */
    public static final String RETRANSMIT_COMMIT = "RetransmitCommit";

    /**
     * The spec's name of action TM.ReceiveAckCommit, as trace events carry it. (spec: two-phase-commit-lossy.lstep:54:3)
     */
    public static final String RECEIVE_ACK_COMMIT = "ReceiveAckCommit";

    /**
     * The spec's name of action TM.RetransmitAbort, as trace events carry it. (spec: two-phase-commit-lossy.lstep:56:3)
     */
    public static final String RETRANSMIT_ABORT = "RetransmitAbort";

    /**
     * The spec's name of action TM.ReceiveAckAbort, as trace events carry it. (spec: two-phase-commit-lossy.lstep:58:3)
     */
    public static final String RECEIVE_ACK_ABORT = "ReceiveAckAbort";

    /**
     * The spec's name of action TM.DuplicatePrepared, as trace events carry it. (spec: two-phase-commit-lossy.lstep:60:3)
     */
    public static final String DUPLICATE_PREPARED = "DuplicatePrepared";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: two-phase-commit-lossy.lstep:26:1)
     */
    public TMTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "TM", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: two-phase-commit-lossy.lstep:26:1)
     */
    public void init(TMState state) {
        recorder.init(state);
    }

    /**
     * Records a step of TM.ReceivePrepared, which received {@code received} (a Prepared message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-lossy.lstep:33:3)
     */
    public List<Envelope> receivePrepared(Envelope received, TMState after, TwoPhaseCommitLossyMessage... sent) {
        if (!(received.message() instanceof Prepared))
            throw new IllegalArgumentException("TM.ReceivePrepared receives a Prepared message, not " + received.message().type());
        return recorder.step(RECEIVE_PREPARED, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of TM.Commit, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-lossy.lstep:39:3)
     */
    public List<Envelope> commit(TMState after, TwoPhaseCommitLossyMessage... sent) {
        return recorder.step(COMMIT, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of TM.Abort, a timer action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-lossy.lstep:45:3)
     */
    public List<Envelope> abort(TMState after, TwoPhaseCommitLossyMessage... sent) {
        return recorder.step(ABORT, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of TM.RetransmitCommit, a timer action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-lossy.lstep:52:3)
     */
    public List<Envelope> retransmitCommit(DstRecord out, TMState after, TwoPhaseCommitLossyMessage... sent) {
        return recorder.step(RETRANSMIT_COMMIT, List.of("out"), List.of(out), null, List.of(sent), after);
    }

    /**
     * Records a step of TM.ReceiveAckCommit, which received {@code received} (a AckCommit message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-lossy.lstep:54:3)
     */
    public List<Envelope> receiveAckCommit(Envelope received, TMState after, TwoPhaseCommitLossyMessage... sent) {
        if (!(received.message() instanceof AckCommit))
            throw new IllegalArgumentException("TM.ReceiveAckCommit receives a AckCommit message, not " + received.message().type());
        return recorder.step(RECEIVE_ACK_COMMIT, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of TM.RetransmitAbort, a timer action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-lossy.lstep:56:3)
     */
    public List<Envelope> retransmitAbort(DstRecord out, TMState after, TwoPhaseCommitLossyMessage... sent) {
        return recorder.step(RETRANSMIT_ABORT, List.of("out"), List.of(out), null, List.of(sent), after);
    }

    /**
     * Records a step of TM.ReceiveAckAbort, which received {@code received} (a AckAbort message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-lossy.lstep:58:3)
     */
    public List<Envelope> receiveAckAbort(Envelope received, TMState after, TwoPhaseCommitLossyMessage... sent) {
        if (!(received.message() instanceof AckAbort))
            throw new IllegalArgumentException("TM.ReceiveAckAbort receives a AckAbort message, not " + received.message().type());
        return recorder.step(RECEIVE_ACK_ABORT, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of TM.DuplicatePrepared, which received {@code received} (a Prepared message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-lossy.lstep:60:3)
     */
    public List<Envelope> duplicatePrepared(Envelope received, TMState after, TwoPhaseCommitLossyMessage... sent) {
        if (!(received.message() instanceof Prepared))
            throw new IllegalArgumentException("TM.DuplicatePrepared receives a Prepared message, not " + received.message().type());
        return recorder.step(DUPLICATE_PREPARED, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: two-phase-commit-lossy.lstep:26:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: two-phase-commit-lossy.lstep:26:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
