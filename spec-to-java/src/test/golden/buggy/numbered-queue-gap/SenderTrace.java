package gen.numberedqueue;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Sender of protocol NumberedQueue, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: numbered-queue-gap.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "numbered-queue-gap.lstep")
public final class SenderTrace implements AutoCloseable {

    /**
     * The spec's name of action Sender.Send, as trace events carry it. (spec: numbered-queue-gap.lstep:19:3)
     */
    public static final String SEND = "Send";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: numbered-queue-gap.lstep:15:1)
     */
    public SenderTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Sender", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: numbered-queue-gap.lstep:15:1)
     */
    public void init(SenderState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Sender.Send, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: numbered-queue-gap.lstep:19:3)
     */
    public List<Envelope> send(Map<Long, Long> f, SenderState after, NumberedQueueMessage... sent) {
        return recorder.step(SEND, List.of("f"), List.of(f), null, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: numbered-queue-gap.lstep:15:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: numbered-queue-gap.lstep:15:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
