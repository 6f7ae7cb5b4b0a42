package gen.paxosreplicated;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role LearnerReplica3 of protocol PaxosReplicated, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: paxos-learners-replicated.lstep:112:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public final class LearnerReplica3Trace implements AutoCloseable {

    /**
     * The spec's name of action LearnerReplica3.Hear, as trace events carry it. (spec: paxos-learners-replicated.lstep:118:3)
     */
    public static final String HEAR = "Hear";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: paxos-learners-replicated.lstep:112:1)
     */
    public LearnerReplica3Trace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "LearnerReplica3", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: paxos-learners-replicated.lstep:112:1)
     */
    public void init(LearnerReplica3State state) {
        recorder.init(state);
    }

    /**
     * Records a step of LearnerReplica3.Hear, which received {@code received} (a P2b message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: paxos-learners-replicated.lstep:118:3)
     */
    public List<Envelope> hear(Envelope received, LearnerReplica3State after, PaxosReplicatedMessage... sent) {
        if (!(received.message() instanceof P2b))
            throw new IllegalArgumentException("LearnerReplica3.Hear receives a P2b message, not " + received.message().type());
        return recorder.step(HEAR, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: paxos-learners-replicated.lstep:112:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: paxos-learners-replicated.lstep:112:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
