package gen.hierelectionnotransfer;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Member of protocol HierElectionNoTransfer, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: hier-election-no-transfer.lstep:26:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election-no-transfer.lstep")
public final class MemberTrace implements AutoCloseable {

    /**
     * The spec's name of action Member.Announce, as trace events carry it. (spec: hier-election-no-transfer.lstep:35:3)
     */
    public static final String ANNOUNCE = "Announce";

    /**
     * The spec's name of action Member.Hear, as trace events carry it. (spec: hier-election-no-transfer.lstep:38:3)
     */
    public static final String HEAR = "Hear";

    /**
     * The spec's name of action Member.Decide, as trace events carry it. (spec: hier-election-no-transfer.lstep:42:3)
     */
    public static final String DECIDE = "Decide";

    /**
     * The spec's name of action Member.Learn, as trace events carry it. (spec: hier-election-no-transfer.lstep:47:3)
     */
    public static final String LEARN = "Learn";

    /**
     * The spec's name of action Member.Up, as trace events carry it. (spec: hier-election-no-transfer.lstep:51:3)
     */
    public static final String UP = "Up";

    /**
     * The spec's name of action Member.Takeover, as trace events carry it. (spec: hier-election-no-transfer.lstep:55:3)
     */
    public static final String TAKEOVER = "Takeover";

    /**
     * The spec's name of action Member.Combine, as trace events carry it. (spec: hier-election-no-transfer.lstep:60:3)
     */
    public static final String COMBINE = "Combine";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: hier-election-no-transfer.lstep:26:1)
     */
    public MemberTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Member", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: hier-election-no-transfer.lstep:26:1)
     */
    public void init(MemberState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Member.Announce, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: hier-election-no-transfer.lstep:35:3)
     */
    public List<Envelope> announce(MemberState after, HierElectionNoTransferMessage... sent) {
        return recorder.step(ANNOUNCE, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of Member.Hear, which received {@code received} (a Cand message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: hier-election-no-transfer.lstep:38:3)
     */
    public List<Envelope> hear(Envelope received, MemberState after, HierElectionNoTransferMessage... sent) {
        if (!(received.message() instanceof Cand))
            throw new IllegalArgumentException("Member.Hear receives a Cand message, not " + received.message().type());
        return recorder.step(HEAR, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Member.Decide, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: hier-election-no-transfer.lstep:42:3)
     */
    public List<Envelope> decide(MemberState after, HierElectionNoTransferMessage... sent) {
        return recorder.step(DECIDE, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of Member.Learn, which received {@code received} (a Decided message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: hier-election-no-transfer.lstep:47:3)
     */
    public List<Envelope> learn(Envelope received, MemberState after, HierElectionNoTransferMessage... sent) {
        if (!(received.message() instanceof Decided))
            throw new IllegalArgumentException("Member.Learn receives a Decided message, not " + received.message().type());
        return recorder.step(LEARN, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Member.Up, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: hier-election-no-transfer.lstep:51:3)
     */
    public List<Envelope> up(MemberState after, HierElectionNoTransferMessage... sent) {
        return recorder.step(UP, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of Member.Takeover, which received {@code received} (a Down message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: hier-election-no-transfer.lstep:55:3)
     */
    public List<Envelope> takeover(Envelope received, MemberState after, HierElectionNoTransferMessage... sent) {
        if (!(received.message() instanceof Down))
            throw new IllegalArgumentException("Member.Takeover receives a Down message, not " + received.message().type());
        return recorder.step(TAKEOVER, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Member.Combine, which received {@code received} (a Report message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: hier-election-no-transfer.lstep:60:3)
     */
    public List<Envelope> combine(Envelope received, MemberState after, HierElectionNoTransferMessage... sent) {
        if (!(received.message() instanceof Report))
            throw new IllegalArgumentException("Member.Combine receives a Report message, not " + received.message().type());
        return recorder.step(COMBINE, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records the node's restart after a crash (the spec's Crash step): its local state after recovery and what its {@code on restart} sent; returns their envelopes. (spec: hier-election-no-transfer.lstep:26:1)
     */
    public List<Envelope> restart(MemberState state, HierElectionNoTransferMessage... sent) {
        return recorder.restart(state, List.of(sent));
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: hier-election-no-transfer.lstep:26:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: hier-election-no-transfer.lstep:26:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
