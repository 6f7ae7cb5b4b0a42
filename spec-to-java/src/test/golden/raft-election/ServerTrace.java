package gen.raftelection;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Server of protocol RaftElection, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: raft-election.lstep:26:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-election.lstep")
public final class ServerTrace implements AutoCloseable {

    /**
     * The spec's name of action Server.Timeout, as trace events carry it. (spec: raft-election.lstep:32:3)
     */
    public static final String TIMEOUT = "Timeout";

    /**
     * The spec's name of action Server.GrantVote, as trace events carry it. (spec: raft-election.lstep:40:3)
     */
    public static final String GRANT_VOTE = "GrantVote";

    /**
     * The spec's name of action Server.IgnoreRequest, as trace events carry it. (spec: raft-election.lstep:49:3)
     */
    public static final String IGNORE_REQUEST = "IgnoreRequest";

    /**
     * The spec's name of action Server.CountVote, as trace events carry it. (spec: raft-election.lstep:53:3)
     */
    public static final String COUNT_VOTE = "CountVote";

    /**
     * The spec's name of action Server.IgnoreVote, as trace events carry it. (spec: raft-election.lstep:57:3)
     */
    public static final String IGNORE_VOTE = "IgnoreVote";

    /**
     * The spec's name of action Server.BecomeLeader, as trace events carry it. (spec: raft-election.lstep:61:3)
     */
    public static final String BECOME_LEADER = "BecomeLeader";

    /**
     * The spec's name of action Server.Heartbeat, as trace events carry it. (spec: raft-election.lstep:67:3)
     */
    public static final String HEARTBEAT = "Heartbeat";

    /**
     * The spec's name of action Server.Follow, as trace events carry it. (spec: raft-election.lstep:71:3)
     */
    public static final String FOLLOW = "Follow";

    /**
     * The spec's name of action Server.IgnoreStale, as trace events carry it. (spec: raft-election.lstep:79:3)
     */
    public static final String IGNORE_STALE = "IgnoreStale";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: raft-election.lstep:26:1)
     */
    public ServerTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Server", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: raft-election.lstep:26:1)
     */
    public void init(ServerState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Server.Timeout, a timer action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election.lstep:32:3)
     */
    public List<Envelope> timeout(ServerState after, RaftElectionMessage... sent) {
        return recorder.step(TIMEOUT, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of Server.GrantVote, which received {@code received} (a RequestVote message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election.lstep:40:3)
     */
    public List<Envelope> grantVote(Envelope received, ServerState after, RaftElectionMessage... sent) {
        if (!(received.message() instanceof RequestVote))
            throw new IllegalArgumentException("Server.GrantVote receives a RequestVote message, not " + received.message().type());
        return recorder.step(GRANT_VOTE, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.IgnoreRequest, which received {@code received} (a RequestVote message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election.lstep:49:3)
     */
    public List<Envelope> ignoreRequest(Envelope received, ServerState after, RaftElectionMessage... sent) {
        if (!(received.message() instanceof RequestVote))
            throw new IllegalArgumentException("Server.IgnoreRequest receives a RequestVote message, not " + received.message().type());
        return recorder.step(IGNORE_REQUEST, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.CountVote, which received {@code received} (a Vote message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election.lstep:53:3)
     */
    public List<Envelope> countVote(Envelope received, ServerState after, RaftElectionMessage... sent) {
        if (!(received.message() instanceof Vote))
            throw new IllegalArgumentException("Server.CountVote receives a Vote message, not " + received.message().type());
        return recorder.step(COUNT_VOTE, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.IgnoreVote, which received {@code received} (a Vote message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election.lstep:57:3)
     */
    public List<Envelope> ignoreVote(Envelope received, ServerState after, RaftElectionMessage... sent) {
        if (!(received.message() instanceof Vote))
            throw new IllegalArgumentException("Server.IgnoreVote receives a Vote message, not " + received.message().type());
        return recorder.step(IGNORE_VOTE, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.BecomeLeader, an internal action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election.lstep:61:3)
     */
    public List<Envelope> becomeLeader(ServerState after, RaftElectionMessage... sent) {
        return recorder.step(BECOME_LEADER, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of Server.Heartbeat, a timer action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election.lstep:67:3)
     */
    public List<Envelope> heartbeat(ServerState after, RaftElectionMessage... sent) {
        return recorder.step(HEARTBEAT, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of Server.Follow, which received {@code received} (a AppendEntries message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election.lstep:71:3)
     */
    public List<Envelope> follow(Envelope received, ServerState after, RaftElectionMessage... sent) {
        if (!(received.message() instanceof AppendEntries))
            throw new IllegalArgumentException("Server.Follow receives a AppendEntries message, not " + received.message().type());
        return recorder.step(FOLLOW, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.IgnoreStale, which received {@code received} (a AppendEntries message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election.lstep:79:3)
     */
    public List<Envelope> ignoreStale(Envelope received, ServerState after, RaftElectionMessage... sent) {
        if (!(received.message() instanceof AppendEntries))
            throw new IllegalArgumentException("Server.IgnoreStale receives a AppendEntries message, not " + received.message().type());
        return recorder.step(IGNORE_STALE, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: raft-election.lstep:26:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: raft-election.lstep:26:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
