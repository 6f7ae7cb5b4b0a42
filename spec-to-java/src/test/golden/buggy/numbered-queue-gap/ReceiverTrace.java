package gen.numberedqueue;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Receiver of protocol NumberedQueue, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: numbered-queue-gap.lstep:24:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "numbered-queue-gap.lstep")
public final class ReceiverTrace implements AutoCloseable {

    /**
     * The spec's name of action Receiver.ReceiveData, as trace events carry it. (spec: numbered-queue-gap.lstep:27:3)
     */
    public static final String RECEIVE_DATA = "ReceiveData";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: numbered-queue-gap.lstep:24:1)
     */
    public ReceiverTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Receiver", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: numbered-queue-gap.lstep:24:1)
     */
    public void init(ReceiverState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Receiver.ReceiveData, which received {@code received} (a Data message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: numbered-queue-gap.lstep:27:3)
     */
    public List<Envelope> receiveData(Envelope received, ReceiverState after, NumberedQueueMessage... sent) {
        if (!(received.message() instanceof Data))
            throw new IllegalArgumentException("Receiver.ReceiveData receives a Data message, not " + received.message().type());
        return recorder.step(RECEIVE_DATA, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: numbered-queue-gap.lstep:24:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: numbered-queue-gap.lstep:24:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
