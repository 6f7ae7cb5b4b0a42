package gen.gossipstack;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Node of protocol GossipStack, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: gossip-stack.lstep:48:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "gossip-stack.lstep")
public final class NodeTrace implements AutoCloseable {

    /**
     * The spec's name of action Node.Stack, as trace events carry it. (spec: gossip-stack.lstep:94:3)
     */
    public static final String STACK = "Stack";

    /**
     * The spec's name of action Node.Stack_Count_Label, as trace events carry it. (spec: gossip-stack.lstep:94:3)
     */
    public static final String STACK_COUNT_LABEL = "Stack_Count_Label";

    /**
     * The spec's name of action Node.Stack_Elect_Grow, as trace events carry it. (spec: gossip-stack.lstep:94:3)
     */
    public static final String STACK_ELECT_GROW = "Stack_Elect_Grow";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: gossip-stack.lstep:48:1)
     */
    public NodeTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Node", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: gossip-stack.lstep:48:1)
     */
    public void init(NodeState state) {
        recorder.init(state);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: gossip-stack.lstep:48:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: gossip-stack.lstep:48:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
