package gen.sliver;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Node of protocol Sliver, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: sliver.lstep:18:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver.lstep")
public final class NodeTrace implements AutoCloseable {

    /**
     * The spec's name of action Node.Gossip, as trace events carry it. (spec: sliver.lstep:24:3)
     */
    public static final String GOSSIP = "Gossip";

    /**
     * The spec's name of action Node.Tick, as trace events carry it. (spec: sliver.lstep:28:3)
     */
    public static final String TICK = "Tick";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: sliver.lstep:18:1)
     */
    public NodeTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Node", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: sliver.lstep:18:1)
     */
    public void init(NodeState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Node.Tick, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: sliver.lstep:28:3)
     */
    public List<Envelope> tick(long d, NodeState after, SliverMessage... sent) {
        return recorder.step(TICK, List.of("d"), List.of(d), null, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: sliver.lstep:18:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: sliver.lstep:18:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
