package gen.minfindermax;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Node of protocol MinFinderMax, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: minfinder-max.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-max.lstep")
public final class NodeTrace implements AutoCloseable {

    /**
     * The spec's name of action Node.Push, as trace events carry it. (spec: minfinder-max.lstep:18:3)
     */
    public static final String PUSH = "Push";

    /**
     * The spec's name of action Node.Merge, as trace events carry it. (spec: minfinder-max.lstep:21:3)
     */
    public static final String MERGE = "Merge";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: minfinder-max.lstep:14:1)
     */
    public NodeTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Node", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: minfinder-max.lstep:14:1)
     */
    public void init(NodeState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Node.Push, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: minfinder-max.lstep:18:3)
     */
    public List<Envelope> push(NodeId peer, NodeState after, MinFinderMaxMessage... sent) {
        return recorder.step(PUSH, List.of("peer"), List.of(peer), null, List.of(sent), after);
    }

    /**
     * Records a step of Node.Merge, which received {@code received} (a Gossip message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: minfinder-max.lstep:21:3)
     */
    public List<Envelope> merge(Envelope received, NodeState after, MinFinderMaxMessage... sent) {
        if (!(received.message() instanceof Gossip))
            throw new IllegalArgumentException("Node.Merge receives a Gossip message, not " + received.message().type());
        return recorder.step(MERGE, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: minfinder-max.lstep:14:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: minfinder-max.lstep:14:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
