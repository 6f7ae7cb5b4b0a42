package gen.twophasecommittxssharded;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role ResourceManager of protocol TwoPhaseCommitTxsSharded, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: two-phase-commit-txs-sharded.lstep:55:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-txs-sharded.lstep")
public final class ResourceManagerTrace implements AutoCloseable {

    /**
     * The spec's name of action ResourceManager.Prepare, as trace events carry it. (spec: two-phase-commit-txs-sharded.lstep:58:3)
     */
    public static final String PREPARE = "Prepare";

    /**
     * The spec's name of action ResourceManager.ChooseAbort, as trace events carry it. (spec: two-phase-commit-txs-sharded.lstep:63:3)
     */
    public static final String CHOOSE_ABORT = "ChooseAbort";

    /**
     * The spec's name of action ResourceManager.ReceiveCommit, as trace events carry it. (spec: two-phase-commit-txs-sharded.lstep:67:3)
     */
    public static final String RECEIVE_COMMIT = "ReceiveCommit";

    /**
     * The spec's name of action ResourceManager.ReceiveAbort, as trace events carry it. (spec: two-phase-commit-txs-sharded.lstep:68:3)
     */
    public static final String RECEIVE_ABORT = "ReceiveAbort";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    public ResourceManagerTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "ResourceManager", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    public void init(ResourceManagerState state) {
        recorder.init(state);
    }

    /**
     * Records a step of ResourceManager.Prepare, an input action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-txs-sharded.lstep:58:3)
     */
    public List<Envelope> prepare(long t, ResourceManagerState after, TwoPhaseCommitTxsShardedMessage... sent) {
        return recorder.step(PREPARE, List.of("t"), List.of(t), null, List.of(sent), after);
    }

    /**
     * Records a step of ResourceManager.ChooseAbort, an input action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-txs-sharded.lstep:63:3)
     */
    public List<Envelope> chooseAbort(long t, ResourceManagerState after, TwoPhaseCommitTxsShardedMessage... sent) {
        return recorder.step(CHOOSE_ABORT, List.of("t"), List.of(t), null, List.of(sent), after);
    }

    /**
     * Records a step of ResourceManager.ReceiveCommit, which received {@code received} (a Commit message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-txs-sharded.lstep:67:3)
     */
    public List<Envelope> receiveCommit(Envelope received, ResourceManagerState after, TwoPhaseCommitTxsShardedMessage... sent) {
        if (!(received.message() instanceof Commit))
            throw new IllegalArgumentException("ResourceManager.ReceiveCommit receives a Commit message, not " + received.message().type());
        return recorder.step(RECEIVE_COMMIT, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of ResourceManager.ReceiveAbort, which received {@code received} (a Abort message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: two-phase-commit-txs-sharded.lstep:68:3)
     */
    public List<Envelope> receiveAbort(Envelope received, ResourceManagerState after, TwoPhaseCommitTxsShardedMessage... sent) {
        if (!(received.message() instanceof Abort))
            throw new IllegalArgumentException("ResourceManager.ReceiveAbort receives a Abort message, not " + received.message().type());
        return recorder.step(RECEIVE_ABORT, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
