package gen.paxoscrashvolatilepromise;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Proposer of protocol PaxosCrashVolatilePromise, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: paxos-crash-volatile-promise.lstep:32:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-crash-volatile-promise.lstep")
public final class ProposerTrace implements AutoCloseable {

    /**
     * The spec's name of action Proposer.Prepare, as trace events carry it. (spec: paxos-crash-volatile-promise.lstep:36:3)
     */
    public static final String PREPARE = "Prepare";

    /**
     * The spec's name of action Proposer.Propose, as trace events carry it. (spec: paxos-crash-volatile-promise.lstep:40:3)
     */
    public static final String PROPOSE = "Propose";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: paxos-crash-volatile-promise.lstep:32:1)
     */
    public ProposerTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Proposer", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: paxos-crash-volatile-promise.lstep:32:1)
     */
    public void init(ProposerState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Proposer.Prepare, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: paxos-crash-volatile-promise.lstep:36:3)
     */
    public List<Envelope> prepare(long b, ProposerState after, PaxosCrashVolatilePromiseMessage... sent) {
        return recorder.step(PREPARE, List.of("b"), List.of(b), null, List.of(sent), after);
    }

    /**
     * Records a step of Proposer.Propose, a quorum receive, which read the set {@code received} of P1b messages, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: paxos-crash-volatile-promise.lstep:40:3)
     */
    public List<Envelope> propose(long b, Set<NodeId> Q, long v, List<Envelope> received, ProposerState after, PaxosCrashVolatilePromiseMessage... sent) {
        return recorder.stepAll(PROPOSE, List.of("b", "Q", "v"), List.of(b, Q, v), received, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: paxos-crash-volatile-promise.lstep:32:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: paxos-crash-volatile-promise.lstep:32:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
