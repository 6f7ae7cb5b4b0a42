package gen.lamportmutex;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role P of protocol LamportMutex, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: lamport-mutex.lstep:27:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "lamport-mutex.lstep")
public final class PTrace implements AutoCloseable {

    /**
     * The spec's name of action P.Request, as trace events carry it. (spec: lamport-mutex.lstep:33:3)
     */
    public static final String REQUEST = "Request";

    /**
     * The spec's name of action P.ReceiveReq, as trace events carry it. (spec: lamport-mutex.lstep:39:3)
     */
    public static final String RECEIVE_REQ = "ReceiveReq";

    /**
     * The spec's name of action P.ReceiveAck, as trace events carry it. (spec: lamport-mutex.lstep:44:3)
     */
    public static final String RECEIVE_ACK = "ReceiveAck";

    /**
     * The spec's name of action P.Enter, as trace events carry it. (spec: lamport-mutex.lstep:49:3)
     */
    public static final String ENTER = "Enter";

    /**
     * The spec's name of action P.Exit, as trace events carry it. (spec: lamport-mutex.lstep:57:3)
     */
    public static final String EXIT = "Exit";

    /**
     * The spec's name of action P.ReceiveRel, as trace events carry it. (spec: lamport-mutex.lstep:64:3)
     */
    public static final String RECEIVE_REL = "ReceiveRel";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: lamport-mutex.lstep:27:1)
     */
    public PTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "P", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: lamport-mutex.lstep:27:1)
     */
    public void init(PState state) {
        recorder.init(state);
    }

    /**
     * Records a step of P.Request, an input action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: lamport-mutex.lstep:33:3)
     */
    public List<Envelope> request(PState after, LamportMutexMessage... sent) {
        return recorder.step(REQUEST, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of P.ReceiveReq, which received {@code received} (a Req message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: lamport-mutex.lstep:39:3)
     */
    public List<Envelope> receiveReq(Envelope received, PState after, LamportMutexMessage... sent) {
        if (!(received.message() instanceof Req))
            throw new IllegalArgumentException("P.ReceiveReq receives a Req message, not " + received.message().type());
        return recorder.step(RECEIVE_REQ, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of P.ReceiveAck, which received {@code received} (a Ack message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: lamport-mutex.lstep:44:3)
     */
    public List<Envelope> receiveAck(Envelope received, PState after, LamportMutexMessage... sent) {
        if (!(received.message() instanceof Ack))
            throw new IllegalArgumentException("P.ReceiveAck receives a Ack message, not " + received.message().type());
        return recorder.step(RECEIVE_ACK, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of P.Enter, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: lamport-mutex.lstep:49:3)
     */
    public List<Envelope> enter(PState after, LamportMutexMessage... sent) {
        return recorder.step(ENTER, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of P.Exit, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: lamport-mutex.lstep:57:3)
     */
    public List<Envelope> exit(PState after, LamportMutexMessage... sent) {
        return recorder.step(EXIT, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of P.ReceiveRel, which received {@code received} (a Rel message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: lamport-mutex.lstep:64:3)
     */
    public List<Envelope> receiveRel(Envelope received, PState after, LamportMutexMessage... sent) {
        if (!(received.message() instanceof Rel))
            throw new IllegalArgumentException("P.ReceiveRel receives a Rel message, not " + received.message().type());
        return recorder.step(RECEIVE_REL, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: lamport-mutex.lstep:27:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: lamport-mutex.lstep:27:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
