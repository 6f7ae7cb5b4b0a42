package gen.leadertree;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Leader of protocol LeaderTree, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: leader-tree.lstep:16:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public final class LeaderTrace implements AutoCloseable {

    /**
     * The spec's name of action Leader.Elect, as trace events carry it. (spec: leader-tree.lstep:19:3)
     */
    public static final String ELECT = "Elect";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: leader-tree.lstep:16:1)
     */
    public LeaderTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Leader", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: leader-tree.lstep:16:1)
     */
    public void init(LeaderState state) {
        recorder.init(state);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: leader-tree.lstep:16:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: leader-tree.lstep:16:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
