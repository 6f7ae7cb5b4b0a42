package gen.raftnotruncation;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Server of protocol RaftNoTruncation, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: raft-no-truncation.lstep:56:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-no-truncation.lstep")
public final class ServerTrace implements AutoCloseable {

    /**
     * The spec's name of action Server.Timeout, as trace events carry it. (spec: raft-no-truncation.lstep:64:3)
     */
    public static final String TIMEOUT = "Timeout";

    /**
     * The spec's name of action Server.GrantVote, as trace events carry it. (spec: raft-no-truncation.lstep:72:3)
     */
    public static final String GRANT_VOTE = "GrantVote";

    /**
     * The spec's name of action Server.RefuseVote, as trace events carry it. (spec: raft-no-truncation.lstep:82:3)
     */
    public static final String REFUSE_VOTE = "RefuseVote";

    /**
     * The spec's name of action Server.IgnoreRequest, as trace events carry it. (spec: raft-no-truncation.lstep:88:3)
     */
    public static final String IGNORE_REQUEST = "IgnoreRequest";

    /**
     * The spec's name of action Server.BecomeLeader, as trace events carry it. (spec: raft-no-truncation.lstep:93:3)
     */
    public static final String BECOME_LEADER = "BecomeLeader";

    /**
     * The spec's name of action Server.ClientRequest, as trace events carry it. (spec: raft-no-truncation.lstep:98:3)
     */
    public static final String CLIENT_REQUEST = "ClientRequest";

    /**
     * The spec's name of action Server.Replicate, as trace events carry it. (spec: raft-no-truncation.lstep:103:3)
     */
    public static final String REPLICATE = "Replicate";

    /**
     * The spec's name of action Server.AcceptEntries, as trace events carry it. (spec: raft-no-truncation.lstep:108:3)
     */
    public static final String ACCEPT_ENTRIES = "AcceptEntries";

    /**
     * The spec's name of action Server.RejectEntries, as trace events carry it. (spec: raft-no-truncation.lstep:120:3)
     */
    public static final String REJECT_ENTRIES = "RejectEntries";

    /**
     * The spec's name of action Server.IgnoreStale, as trace events carry it. (spec: raft-no-truncation.lstep:127:3)
     */
    public static final String IGNORE_STALE = "IgnoreStale";

    /**
     * The spec's name of action Server.AdvanceCommit, as trace events carry it. (spec: raft-no-truncation.lstep:133:3)
     */
    public static final String ADVANCE_COMMIT = "AdvanceCommit";

    /**
     * The spec's name of action Server.IgnoreStaleAck, as trace events carry it. (spec: raft-no-truncation.lstep:141:3)
     */
    public static final String IGNORE_STALE_ACK = "IgnoreStaleAck";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: raft-no-truncation.lstep:56:1)
     */
    public ServerTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Server", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: raft-no-truncation.lstep:56:1)
     */
    public void init(ServerState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Server.Timeout, a timer action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-no-truncation.lstep:64:3)
     */
    public List<Envelope> timeout(ServerState after, RaftNoTruncationMessage... sent) {
        return recorder.step(TIMEOUT, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of Server.GrantVote, which received {@code received} (a RequestVote message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-no-truncation.lstep:72:3)
     */
    public List<Envelope> grantVote(Envelope received, ServerState after, RaftNoTruncationMessage... sent) {
        if (!(received.message() instanceof RequestVote))
            throw new IllegalArgumentException("Server.GrantVote receives a RequestVote message, not " + received.message().type());
        return recorder.step(GRANT_VOTE, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.RefuseVote, which received {@code received} (a RequestVote message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-no-truncation.lstep:82:3)
     */
    public List<Envelope> refuseVote(Envelope received, ServerState after, RaftNoTruncationMessage... sent) {
        if (!(received.message() instanceof RequestVote))
            throw new IllegalArgumentException("Server.RefuseVote receives a RequestVote message, not " + received.message().type());
        return recorder.step(REFUSE_VOTE, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.IgnoreRequest, which received {@code received} (a RequestVote message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-no-truncation.lstep:88:3)
     */
    public List<Envelope> ignoreRequest(Envelope received, ServerState after, RaftNoTruncationMessage... sent) {
        if (!(received.message() instanceof RequestVote))
            throw new IllegalArgumentException("Server.IgnoreRequest receives a RequestVote message, not " + received.message().type());
        return recorder.step(IGNORE_REQUEST, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.BecomeLeader, a quorum receive, which read the set {@code received} of Vote messages, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-no-truncation.lstep:93:3)
     */
    public List<Envelope> becomeLeader(Set<NodeId> Q, List<Envelope> received, ServerState after, RaftNoTruncationMessage... sent) {
        return recorder.stepAll(BECOME_LEADER, List.of("Q"), List.of(Q), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.ClientRequest, an input action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-no-truncation.lstep:98:3)
     */
    public List<Envelope> clientRequest(long v, ServerState after, RaftNoTruncationMessage... sent) {
        return recorder.step(CLIENT_REQUEST, List.of("v"), List.of(v), null, List.of(sent), after);
    }

    /**
     * Records a step of Server.Replicate, a timer action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-no-truncation.lstep:103:3)
     */
    public List<Envelope> replicate(long p, ServerState after, RaftNoTruncationMessage... sent) {
        return recorder.step(REPLICATE, List.of("p"), List.of(p), null, List.of(sent), after);
    }

    /**
     * Records a step of Server.AcceptEntries, which received {@code received} (a AppendEntries message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-no-truncation.lstep:108:3)
     */
    public List<Envelope> acceptEntries(Envelope received, ServerState after, RaftNoTruncationMessage... sent) {
        if (!(received.message() instanceof AppendEntries))
            throw new IllegalArgumentException("Server.AcceptEntries receives a AppendEntries message, not " + received.message().type());
        return recorder.step(ACCEPT_ENTRIES, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.RejectEntries, which received {@code received} (a AppendEntries message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-no-truncation.lstep:120:3)
     */
    public List<Envelope> rejectEntries(Envelope received, ServerState after, RaftNoTruncationMessage... sent) {
        if (!(received.message() instanceof AppendEntries))
            throw new IllegalArgumentException("Server.RejectEntries receives a AppendEntries message, not " + received.message().type());
        return recorder.step(REJECT_ENTRIES, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.IgnoreStale, which received {@code received} (a AppendEntries message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-no-truncation.lstep:127:3)
     */
    public List<Envelope> ignoreStale(Envelope received, ServerState after, RaftNoTruncationMessage... sent) {
        if (!(received.message() instanceof AppendEntries))
            throw new IllegalArgumentException("Server.IgnoreStale receives a AppendEntries message, not " + received.message().type());
        return recorder.step(IGNORE_STALE, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.AdvanceCommit, a quorum receive, which read the set {@code received} of Ack messages, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-no-truncation.lstep:133:3)
     */
    public List<Envelope> advanceCommit(long i, Set<NodeId> Q, List<Envelope> received, ServerState after, RaftNoTruncationMessage... sent) {
        return recorder.stepAll(ADVANCE_COMMIT, List.of("i", "Q"), List.of(i, Q), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.IgnoreStaleAck, which received {@code received} (a Ack message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-no-truncation.lstep:141:3)
     */
    public List<Envelope> ignoreStaleAck(Envelope received, ServerState after, RaftNoTruncationMessage... sent) {
        if (!(received.message() instanceof Ack))
            throw new IllegalArgumentException("Server.IgnoreStaleAck receives a Ack message, not " + received.message().type());
        return recorder.step(IGNORE_STALE_ACK, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records the node's restart after a crash (the spec's Crash step): its local state after recovery and what its {@code on restart} sent; returns their envelopes. (spec: raft-no-truncation.lstep:56:1)
     */
    public List<Envelope> restart(ServerState state, RaftNoTruncationMessage... sent) {
        return recorder.restart(state, List.of(sent));
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: raft-no-truncation.lstep:56:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: raft-no-truncation.lstep:56:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
