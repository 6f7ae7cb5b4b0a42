package gen.raftelectionsafety;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Trace events of role Server of protocol RaftElectionSafety, for Java written by hand: one method per action, with the action's typed parameters, the local state after the step and the messages sent; each returns the envelopes to send. Not thread-safe: one per node, used from the node's own thread. (spec: raft-election-safety.lstep:25:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-election-safety.lstep")
public final class ServerTrace implements AutoCloseable {

    /**
     * The spec's name of action Server.Timeout, as trace events carry it. (spec: raft-election-safety.lstep:30:3)
     */
    public static final String TIMEOUT = "Timeout";

    /**
     * The spec's name of action Server.GrantVote, as trace events carry it. (spec: raft-election-safety.lstep:39:3)
     */
    public static final String GRANT_VOTE = "GrantVote";

    /**
     * The spec's name of action Server.RefuseVote, as trace events carry it. (spec: raft-election-safety.lstep:47:3)
     */
    public static final String REFUSE_VOTE = "RefuseVote";

    /**
     * The spec's name of action Server.IgnoreRequest, as trace events carry it. (spec: raft-election-safety.lstep:53:3)
     */
    public static final String IGNORE_REQUEST = "IgnoreRequest";

    /**
     * The spec's name of action Server.BecomeLeader, as trace events carry it. (spec: raft-election-safety.lstep:57:3)
     */
    public static final String BECOME_LEADER = "BecomeLeader";

    /**
     * The spec's name of action Server.Replicate, as trace events carry it. (spec: raft-election-safety.lstep:62:3)
     */
    public static final String REPLICATE = "Replicate";

    /**
     * The spec's name of action Server.Follow, as trace events carry it. (spec: raft-election-safety.lstep:67:3)
     */
    public static final String FOLLOW = "Follow";

    /**
     * The spec's name of action Server.IgnoreStale, as trace events carry it. (spec: raft-election-safety.lstep:74:3)
     */
    public static final String IGNORE_STALE = "IgnoreStale";

    private final TraceSink sink;

    private final TraceRecorder recorder;

    /**
     * Records node {@code self}'s events into {@code sink}. (spec: raft-election-safety.lstep:25:1)
     */
    public ServerTrace(NodeId self, TraceSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.recorder = new TraceRecorder(Objects.requireNonNull(self, "self").name(), "Server", sink);
    }

    /**
     * Records the node's initial local state (step 0); call it once, first. (spec: raft-election-safety.lstep:25:1)
     */
    public void init(ServerState state) {
        recorder.init(state);
    }

    /**
     * Records a step of Server.Timeout, a timer action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election-safety.lstep:30:3)
     */
    public List<Envelope> timeout(ServerState after, RaftElectionSafetyMessage... sent) {
        return recorder.step(TIMEOUT, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of Server.GrantVote, which received {@code received} (a RequestVote message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election-safety.lstep:39:3)
     */
    public List<Envelope> grantVote(long upToDate, Envelope received, ServerState after, RaftElectionSafetyMessage... sent) {
        if (!(received.message() instanceof RequestVote))
            throw new IllegalArgumentException("Server.GrantVote receives a RequestVote message, not " + received.message().type());
        return recorder.step(GRANT_VOTE, List.of("upToDate"), List.of(upToDate), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.RefuseVote, which received {@code received} (a RequestVote message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election-safety.lstep:47:3)
     */
    public List<Envelope> refuseVote(Envelope received, ServerState after, RaftElectionSafetyMessage... sent) {
        if (!(received.message() instanceof RequestVote))
            throw new IllegalArgumentException("Server.RefuseVote receives a RequestVote message, not " + received.message().type());
        return recorder.step(REFUSE_VOTE, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.IgnoreRequest, which received {@code received} (a RequestVote message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election-safety.lstep:53:3)
     */
    public List<Envelope> ignoreRequest(Envelope received, ServerState after, RaftElectionSafetyMessage... sent) {
        if (!(received.message() instanceof RequestVote))
            throw new IllegalArgumentException("Server.IgnoreRequest receives a RequestVote message, not " + received.message().type());
        return recorder.step(IGNORE_REQUEST, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.BecomeLeader, a quorum receive, which read the set {@code received} of Vote messages, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election-safety.lstep:57:3)
     */
    public List<Envelope> becomeLeader(Set<NodeId> Q, List<Envelope> received, ServerState after, RaftElectionSafetyMessage... sent) {
        return recorder.stepAll(BECOME_LEADER, List.of("Q"), List.of(Q), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.Replicate, a timer action, leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election-safety.lstep:62:3)
     */
    public List<Envelope> replicate(ServerState after, RaftElectionSafetyMessage... sent) {
        return recorder.step(REPLICATE, List.of(), List.of(), null, List.of(sent), after);
    }

    /**
     * Records a step of Server.Follow, which received {@code received} (a AppendEntries message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election-safety.lstep:67:3)
     */
    public List<Envelope> follow(Envelope received, ServerState after, RaftElectionSafetyMessage... sent) {
        if (!(received.message() instanceof AppendEntries))
            throw new IllegalArgumentException("Server.Follow receives a AppendEntries message, not " + received.message().type());
        return recorder.step(FOLLOW, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records a step of Server.IgnoreStale, which received {@code received} (a AppendEntries message), leaving local state {@code after} and sending {@code sent}; returns their envelopes, in order, to hand to the network. (spec: raft-election-safety.lstep:74:3)
     */
    public List<Envelope> ignoreStale(Envelope received, ServerState after, RaftElectionSafetyMessage... sent) {
        if (!(received.message() instanceof AppendEntries))
            throw new IllegalArgumentException("Server.IgnoreStale receives a AppendEntries message, not " + received.message().type());
        return recorder.step(IGNORE_STALE, List.of(), List.of(), received, List.of(sent), after);
    }

    /**
     * Records the node's restart after a crash (the spec's Crash step): its local state after recovery and what its {@code on restart} sent; returns their envelopes. (spec: raft-election-safety.lstep:25:1)
     */
    public List<Envelope> restart(ServerState state, RaftElectionSafetyMessage... sent) {
        return recorder.restart(state, List.of(sent));
    }

    /**
     * The untyped recorder underneath (clocks, step count). (spec: raft-election-safety.lstep:25:1)
     */
    public TraceRecorder recorder() {
        return recorder;
    }

    /**
     * Closes the sink (flushes and closes a trace file). (spec: raft-election-safety.lstep:25:1)
     */
    @Override
    public void close() {
        sink.close();
    }
}
