package gen.leaderannouncerepick;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Coordinator of protocol LeaderAnnounceRepick, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: leader-announce-repick.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce-repick.lstep")
public final class CoordinatorTrace implements AutoCloseable {

    /**
     * The spec's name of action Coordinator.Pick, as trace events carry it. (spec: leader-announce-repick.lstep:21:3)
     */
    public static final String PICK = "Pick";

    /**
     * The spec's name of action Coordinator.Announce, as trace events carry it. (spec: leader-announce-repick.lstep:25:3)
     */
    public static final String ANNOUNCE = "Announce";

    /**
     * The spec's name of action Coordinator.Acked, as trace events carry it. (spec: leader-announce-repick.lstep:30:3)
     */
    public static final String ACKED = "Acked";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: leader-announce-repick.lstep:15:1)
     */
    public CoordinatorTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Coordinator", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: leader-announce-repick.lstep:15:1)
     */
    public void init(CoordinatorState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Coordinator.Pick, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: leader-announce-repick.lstep:21:3)
     */
    public List<Envelope> pick(NodeId c, CoordinatorState after, LeaderAnnounceRepickMessage... sent) {
        return recorder.step(PICK, List.of("c"), List.of(c), null, List.of(sent), after);
    }

    /**
     * Records a step of Coordinator.Announce, a timer action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: leader-announce-repick.lstep:25:3)
     */
    public List<Envelope> announce(CoordinatorState after, LeaderAnnounceRepickMessage... sent) {
        return recorder.step(ANNOUNCE, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of Coordinator.Acked, which received {@code received} (a Ack message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: leader-announce-repick.lstep:30:3)
     */
    public List<Envelope> acked(Envelope received, CoordinatorState after, LeaderAnnounceRepickMessage... sent) {
        if (!(received.message() instanceof Ack))
            throw new IllegalArgumentException("Coordinator.Acked receives a Ack message, not " + received.message().type());
        return recorder.step(ACKED, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: leader-announce-repick.lstep:15:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: leader-announce-repick.lstep:15:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
