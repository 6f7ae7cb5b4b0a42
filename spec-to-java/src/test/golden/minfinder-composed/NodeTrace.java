package gen.minfindercomposed;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Node of protocol MinFinderComposed, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: minfinder-composed.lstep:16:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
public final class NodeTrace implements AutoCloseable {

    /**
     * The spec's name of action Node.Both, as trace events carry it. (spec: minfinder-composed.lstep:28:3)
     */
    public static final String BOTH = "Both";

    /**
     * The spec's name of action Node.Both_ByAddr, as trace events carry it. (spec: minfinder-composed.lstep:20:3)
     */
    public static final String BOTH_BY_ADDR = "Both_ByAddr";

    /**
     * The spec's name of action Node.Both_ByMemory, as trace events carry it. (spec: minfinder-composed.lstep:24:3)
     */
    public static final String BOTH_BY_MEMORY = "Both_ByMemory";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: minfinder-composed.lstep:16:1)
     */
    public NodeTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Node", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: minfinder-composed.lstep:16:1)
     */
    public void init(NodeState state) {
        recorder.init(state);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: minfinder-composed.lstep:16:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: minfinder-composed.lstep:16:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
