package gen.minfinderleavestale;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Node of protocol MinFinderLeaveStale, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: minfinder-leave-stale.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-leave-stale.lstep")
public final class NodeTrace implements AutoCloseable {

    /**
     * The spec's name of action Node.Gossip, as trace events carry it. (spec: minfinder-leave-stale.lstep:20:3)
     */
    public static final String GOSSIP = "Gossip";

    /**
     * The spec's name of action Node.Leave, as trace events carry it. (spec: minfinder-leave-stale.lstep:25:3)
     */
    public static final String LEAVE = "Leave";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: minfinder-leave-stale.lstep:14:1)
     */
    public NodeTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Node", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: minfinder-leave-stale.lstep:14:1)
     */
    public void init(NodeState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Node.Leave, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: minfinder-leave-stale.lstep:25:3)
     */
    public List<Envelope> leave(NodeState after, MinFinderLeaveStaleMessage... sent) {
        return recorder.step(LEAVE, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: minfinder-leave-stale.lstep:14:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: minfinder-leave-stale.lstep:14:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
