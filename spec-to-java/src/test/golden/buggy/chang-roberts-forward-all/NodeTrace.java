package gen.changrobertsforwardall;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Node of protocol ChangRobertsForwardAll, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: chang-roberts-forward-all.lstep:21:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "chang-roberts-forward-all.lstep")
public final class NodeTrace implements AutoCloseable {

    /**
     * The spec's name of action Node.Start, as trace events carry it. (spec: chang-roberts-forward-all.lstep:25:3)
     */
    public static final String START = "Start";

    /**
     * The spec's name of action Node.Forward, as trace events carry it. (spec: chang-roberts-forward-all.lstep:30:3)
     */
    public static final String FORWARD = "Forward";

    /**
     * The spec's name of action Node.Win, as trace events carry it. (spec: chang-roberts-forward-all.lstep:35:3)
     */
    public static final String WIN = "Win";

    /**
     * The spec's name of action Node.Halt, as trace events carry it. (spec: chang-roberts-forward-all.lstep:39:3)
     */
    public static final String HALT = "Halt";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: chang-roberts-forward-all.lstep:21:1)
     */
    public NodeTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Node", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: chang-roberts-forward-all.lstep:21:1)
     */
    public void init(NodeState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Node.Start, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: chang-roberts-forward-all.lstep:25:3)
     */
    public List<Envelope> start(NodeState after, ChangRobertsForwardAllMessage... sent) {
        return recorder.step(START, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of Node.Forward, which received {@code received} (a Elect message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: chang-roberts-forward-all.lstep:30:3)
     */
    public List<Envelope> forward(Envelope received, NodeState after, ChangRobertsForwardAllMessage... sent) {
        if (!(received.message() instanceof Elect))
            throw new IllegalArgumentException("Node.Forward receives a Elect message, not " + received.message().type());
        return recorder.step(FORWARD, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Node.Win, which received {@code received} (a Elect message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: chang-roberts-forward-all.lstep:35:3)
     */
    public List<Envelope> win(Envelope received, NodeState after, ChangRobertsForwardAllMessage... sent) {
        if (!(received.message() instanceof Elect))
            throw new IllegalArgumentException("Node.Win receives a Elect message, not " + received.message().type());
        return recorder.step(WIN, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Node.Halt, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: chang-roberts-forward-all.lstep:39:3)
     */
    public List<Envelope> halt(NodeState after, ChangRobertsForwardAllMessage... sent) {
        return recorder.step(HALT, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: chang-roberts-forward-all.lstep:21:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: chang-roberts-forward-all.lstep:21:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
