package gen.minfinderepochoperator;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Node of protocol MinFinderEpochOperator, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: minfinder-epoch-operator.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch-operator.lstep")
public final class NodeTrace implements AutoCloseable {

    /**
     * The spec's name of action Node.Pipelined, as trace events carry it. (spec: minfinder-epoch-operator.lstep:20:3)
     */
    public static final String PIPELINED = "Pipelined";

    /**
     * The spec's name of action Node.Leave, as trace events carry it. (spec: minfinder-epoch-operator.lstep:30:3)
     */
    public static final String LEAVE = "Leave";

    /**
     * The spec's name of action Node.Pipelined_end, as trace events carry it. (spec: minfinder-epoch-operator.lstep:27:3)
     */
    public static final String PIPELINED_END = "Pipelined_end";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: minfinder-epoch-operator.lstep:15:1)
     */
    public NodeTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Node", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: minfinder-epoch-operator.lstep:15:1)
     */
    public void init(NodeState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Node.Leave, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: minfinder-epoch-operator.lstep:30:3)
     */
    public List<Envelope> leave(NodeState after, MinFinderEpochOperatorMessage... sent) {
        return recorder.step(LEAVE, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of Node.Pipelined_end, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: minfinder-epoch-operator.lstep:27:3)
     */
    public List<Envelope> pipelined_end(NodeState after, MinFinderEpochOperatorMessage... sent) {
        return recorder.step(PIPELINED_END, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: minfinder-epoch-operator.lstep:15:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: minfinder-epoch-operator.lstep:15:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
