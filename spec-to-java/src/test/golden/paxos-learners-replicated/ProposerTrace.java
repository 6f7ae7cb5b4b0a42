package gen.paxosreplicated;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Proposer of protocol PaxosReplicated, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: paxos-learners-replicated.lstep:36:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public final class ProposerTrace implements AutoCloseable {

    /**
     * The spec's name of action Proposer.Prepare, as trace events carry it. (spec: paxos-learners-replicated.lstep:45:3)
     */
    public static final String PREPARE = "Prepare";

    /**
     * The spec's name of action Proposer.Promise, as trace events carry it. (spec: paxos-learners-replicated.lstep:55:3)
     */
    public static final String PROMISE = "Promise";

    /**
     * The spec's name of action Proposer.Propose, as trace events carry it. (spec: paxos-learners-replicated.lstep:62:3)
     */
    public static final String PROPOSE = "Propose";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: paxos-learners-replicated.lstep:36:1)
     */
    public ProposerTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Proposer", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: paxos-learners-replicated.lstep:36:1)
     */
    public void init(ProposerState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Proposer.Prepare, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: paxos-learners-replicated.lstep:45:3)
     */
    public List<Envelope> prepare(long b, ProposerState after, PaxosReplicatedMessage... sent) {
        return recorder.step(PREPARE, List.of("b"), List.of(b), null, List.of(sent), after);
    }

    /**
     * Records a step of Proposer.Promise, which received {@code received} (a P1b message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: paxos-learners-replicated.lstep:55:3)
     */
    public List<Envelope> promise(Envelope received, ProposerState after, PaxosReplicatedMessage... sent) {
        if (!(received.message() instanceof P1b))
            throw new IllegalArgumentException("Proposer.Promise receives a P1b message, not " + received.message().type());
        return recorder.step(PROMISE, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Proposer.Propose, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: paxos-learners-replicated.lstep:62:3)
     */
    public List<Envelope> propose(long v, ProposerState after, PaxosReplicatedMessage... sent) {
        return recorder.step(PROPOSE, List.of("v"), List.of(v), null, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: paxos-learners-replicated.lstep:36:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: paxos-learners-replicated.lstep:36:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
