package gen.leaderannounce;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Node of protocol LeaderAnnounce, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: leader-announce.lstep:39:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce.lstep")
public final class NodeTrace implements AutoCloseable {

    /**
     * The spec's name of action Node.Learn, as trace events carry it. (spec: leader-announce.lstep:43:3)
     */
    public static final String LEARN = "Learn";

    /**
     * The spec's name of action Node.Renew, as trace events carry it. (spec: leader-announce.lstep:49:3)
     */
    public static final String RENEW = "Renew";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: leader-announce.lstep:39:1)
     */
    public NodeTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Node", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: leader-announce.lstep:39:1)
     */
    public void init(NodeState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Node.Learn, which received {@code received} (a Announce message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: leader-announce.lstep:43:3)
     */
    public List<Envelope> learn(Envelope received, NodeState after, LeaderAnnounceMessage... sent) {
        if (!(received.message() instanceof Announce))
            throw new IllegalArgumentException("Node.Learn receives a Announce message, not " + received.message().type());
        return recorder.step(LEARN, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Node.Renew, which received {@code received} (a Announce message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: leader-announce.lstep:49:3)
     */
    public List<Envelope> renew(Envelope received, NodeState after, LeaderAnnounceMessage... sent) {
        if (!(received.message() instanceof Announce))
            throw new IllegalArgumentException("Node.Renew receives a Announce message, not " + received.message().type());
        return recorder.step(RENEW, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: leader-announce.lstep:39:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: leader-announce.lstep:39:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
