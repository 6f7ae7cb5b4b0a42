package gen.raftelectiondoublevote;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.SpecOverflowException;
import dev.lockstep.runtime.api.SpecValues;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.api.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Role Server of protocol RaftElectionDoubleVote for one node: pure functions of the local state; commands are returned as data. (spec: raft-election-double-vote.lstep:21:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-election-double-vote.lstep")
public final class ServerMachine implements RoleMachine<ServerState> {

    private final RaftElectionDoubleVoteConstants constants;

    private final NodeId self;

    private final List<ActionSpec<ServerState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: raft-election-double-vote.lstep:21:1)
     */
    public ServerMachine(RaftElectionDoubleVoteConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: raft-election-double-vote.lstep:21:1)
     */
    @Override
    public String role() {
        return "Server";
    }

    /**
     * The node this machine runs. (spec: raft-election-double-vote.lstep:21:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: raft-election-double-vote.lstep:21:1)
     */
    @Override
    public List<ServerState> initialStates() {
        List<ServerState> out = new ArrayList<>();
        long currentTerm = 0L;
        Status status = Status.follower;
        Set<NodeId> votedFor = SpecValues.setOf();
        Set<NodeId> votes = SpecValues.setOf();
        out.add(new ServerState(currentTerm, status, votedFor, votes));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: raft-election-double-vote.lstep:21:1)
     */
    @Override
    public List<Command> start(ServerState initial) {
        List<Command> out = new ArrayList<>();
        armTimers(initial, out);
        return List.copyOf(out);
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: raft-election-double-vote.lstep:21:1)
     */
    @Override
    public List<ActionSpec<ServerState>> actions() {
        return actions;
    }

    /**
     * Whether timer action Timeout is enabled. (spec: raft-election-double-vote.lstep:28:10)
     */
    public boolean enabledTimeout(ServerState s) {
        return !(s.status() == Status.leader) && (s.currentTerm() < constants.MaxTerm());
    }

    /**
     * Fires timer action Timeout (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft-election-double-vote.lstep:27:3)
     */
    public Step<ServerState> timeout(ServerState s) {
        try {
            List<Command> out = new ArrayList<>();
            for (NodeId dst : SpecValues.minus(constants.Servers(), SpecValues.setOf(self))) {
                out.add(new Command.Send(new RequestVote(self, dst, Math.addExact(s.currentTerm(), 1L))));
            }
            ServerState next = new ServerState(Math.addExact(s.currentTerm(), 1L), Status.candidate, SpecValues.setOf(self), SpecValues.setOf(self));
            armTimers(next, out);
            return new Step<>(next, out);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Timeout", "raft-election-double-vote.lstep:27:3");
        }
    }

    /**
     * Whether timer action Timeout is enabled for some parameter binding. (spec: raft-election-double-vote.lstep:27:3)
     */
    private boolean anyEnabledTimeout(ServerState s) {
        return enabledTimeout(s);
    }

    /**
     * Whether on receive RequestVote action GrantVote is enabled. (spec: raft-election-double-vote.lstep:36:10)
     */
    public boolean enabledGrantVote(ServerState s, RequestVote m) {
        return m.term() >= s.currentTerm();
    }

    /**
     * Fires on receive RequestVote action GrantVote (call only when enabled): the new local state, the messages sent and the timers restarted or cancelled in statement order, then the timers to arm. (spec: raft-election-double-vote.lstep:35:3)
     */
    public Step<ServerState> grantVote(ServerState s, RequestVote m) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new Vote(self, m.src(), m.term())));
        out.add(new Command.RestartTimer("Timeout"));
        ServerState next = new ServerState(m.term(), (m.term() > s.currentTerm()) ? Status.follower : s.status(), SpecValues.setOf(m.src()), SpecValues.filter(s.votes(), v -> m.term() == s.currentTerm()));
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive RequestVote action IgnoreRequest is enabled. (spec: raft-election-double-vote.lstep:45:10)
     */
    public boolean enabledIgnoreRequest(ServerState s, RequestVote m) {
        return m.term() < s.currentTerm();
    }

    /**
     * Fires on receive RequestVote action IgnoreRequest (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft-election-double-vote.lstep:44:3)
     */
    public Step<ServerState> ignoreRequest(ServerState s, RequestVote m) {
        List<Command> out = new ArrayList<>();
        ServerState next = new ServerState(s.currentTerm(), s.status(), s.votedFor(), s.votes());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive Vote action CountVote is enabled. (spec: raft-election-double-vote.lstep:49:10)
     */
    public boolean enabledCountVote(ServerState s, Vote m) {
        return (m.term() == s.currentTerm()) && (s.status() == Status.candidate);
    }

    /**
     * Fires on receive Vote action CountVote (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft-election-double-vote.lstep:48:3)
     */
    public Step<ServerState> countVote(ServerState s, Vote m) {
        List<Command> out = new ArrayList<>();
        ServerState next = new ServerState(s.currentTerm(), s.status(), s.votedFor(), SpecValues.union(s.votes(), SpecValues.setOf(m.src())));
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive Vote action IgnoreVote is enabled. (spec: raft-election-double-vote.lstep:53:10)
     */
    public boolean enabledIgnoreVote(ServerState s, Vote m) {
        return !(m.term() == s.currentTerm()) || !(s.status() == Status.candidate);
    }

    /**
     * Fires on receive Vote action IgnoreVote (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft-election-double-vote.lstep:52:3)
     */
    public Step<ServerState> ignoreVote(ServerState s, Vote m) {
        List<Command> out = new ArrayList<>();
        ServerState next = new ServerState(s.currentTerm(), s.status(), s.votedFor(), s.votes());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether auto action BecomeLeader is enabled. (spec: raft-election-double-vote.lstep:57:10)
     */
    public boolean enabledBecomeLeader(ServerState s) {
        try {
            return (s.status() == Status.candidate) && constants.IsMajority(s.votes());
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("BecomeLeader", "raft-election-double-vote.lstep:56:3");
        }
    }

    /**
     * Fires auto action BecomeLeader (call only when enabled): the new local state, the messages sent and the timers restarted or cancelled in statement order, then the timers to arm. (spec: raft-election-double-vote.lstep:56:3)
     */
    public Step<ServerState> becomeLeader(ServerState s) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.CancelTimer("Timeout"));
        for (NodeId dst : SpecValues.minus(constants.Servers(), SpecValues.setOf(self))) {
            out.add(new Command.Send(new AppendEntries(self, dst, s.currentTerm())));
        }
        ServerState next = new ServerState(s.currentTerm(), Status.leader, s.votedFor(), s.votes());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether timer action Heartbeat is enabled. (spec: raft-election-double-vote.lstep:63:10)
     */
    public boolean enabledHeartbeat(ServerState s) {
        return s.status() == Status.leader;
    }

    /**
     * Fires timer action Heartbeat (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft-election-double-vote.lstep:62:3)
     */
    public Step<ServerState> heartbeat(ServerState s) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : SpecValues.minus(constants.Servers(), SpecValues.setOf(self))) {
            out.add(new Command.Send(new AppendEntries(self, dst, s.currentTerm())));
        }
        ServerState next = new ServerState(s.currentTerm(), s.status(), s.votedFor(), s.votes());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether timer action Heartbeat is enabled for some parameter binding. (spec: raft-election-double-vote.lstep:62:3)
     */
    private boolean anyEnabledHeartbeat(ServerState s) {
        return enabledHeartbeat(s);
    }

    /**
     * Whether on receive AppendEntries action Follow is enabled. (spec: raft-election-double-vote.lstep:67:10)
     */
    public boolean enabledFollow(ServerState s, AppendEntries m) {
        return m.term() >= s.currentTerm();
    }

    /**
     * Fires on receive AppendEntries action Follow (call only when enabled): the new local state, the messages sent and the timers restarted or cancelled in statement order, then the timers to arm. (spec: raft-election-double-vote.lstep:66:3)
     */
    public Step<ServerState> follow(ServerState s, AppendEntries m) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.RestartTimer("Timeout"));
        ServerState next = new ServerState(m.term(), Status.follower, SpecValues.filter(s.votedFor(), v -> m.term() == s.currentTerm()), SpecValues.setOf());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive AppendEntries action IgnoreStale is enabled. (spec: raft-election-double-vote.lstep:75:10)
     */
    public boolean enabledIgnoreStale(ServerState s, AppendEntries m) {
        return m.term() < s.currentTerm();
    }

    /**
     * Fires on receive AppendEntries action IgnoreStale (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft-election-double-vote.lstep:74:3)
     */
    public Step<ServerState> ignoreStale(ServerState s, AppendEntries m) {
        List<Command> out = new ArrayList<>();
        ServerState next = new ServerState(s.currentTerm(), s.status(), s.votedFor(), s.votes());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Asks for the timer of each timer action enabled in {@code s}; the runtime arms it unless it is armed already. (spec: raft-election-double-vote.lstep:21:1)
     */
    private void armTimers(ServerState s, List<Command> out) {
        if (anyEnabledTimeout(s))
            out.add(new Command.SetTimer("Timeout", 150L, 300L));
        if (anyEnabledHeartbeat(s))
            out.add(new Command.SetTimer("Heartbeat", 50L, 50L));
    }

    /**
     * The actions of role Server as ActionSpecs, in spec order. (spec: raft-election-double-vote.lstep:21:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<ServerState>> specs() {
        List<ActionSpec<ServerState>> out = new ArrayList<>();
        ActionSpec.Guard<ServerState> timeoutGuard = (s, p, m) -> enabledTimeout(s);
        ActionSpec.Effect<ServerState> timeoutEffect = (s, p, m) -> timeout(s);
        out.add(new ActionSpec<>("Timeout", Trigger.TIMER, null, 150L, 300L, List.of(), timeoutGuard, timeoutEffect, "raft-election-double-vote.lstep:27:3"));
        ActionSpec.Guard<ServerState> grantVoteGuard = (s, p, m) -> enabledGrantVote(s, (RequestVote) m);
        ActionSpec.Effect<ServerState> grantVoteEffect = (s, p, m) -> grantVote(s, (RequestVote) m);
        out.add(new ActionSpec<>("GrantVote", Trigger.ON_RECEIVE, "RequestVote", 0L, 0L, List.of(), grantVoteGuard, grantVoteEffect, "raft-election-double-vote.lstep:35:3"));
        ActionSpec.Guard<ServerState> ignoreRequestGuard = (s, p, m) -> enabledIgnoreRequest(s, (RequestVote) m);
        ActionSpec.Effect<ServerState> ignoreRequestEffect = (s, p, m) -> ignoreRequest(s, (RequestVote) m);
        out.add(new ActionSpec<>("IgnoreRequest", Trigger.ON_RECEIVE, "RequestVote", 0L, 0L, List.of(), ignoreRequestGuard, ignoreRequestEffect, "raft-election-double-vote.lstep:44:3"));
        ActionSpec.Guard<ServerState> countVoteGuard = (s, p, m) -> enabledCountVote(s, (Vote) m);
        ActionSpec.Effect<ServerState> countVoteEffect = (s, p, m) -> countVote(s, (Vote) m);
        out.add(new ActionSpec<>("CountVote", Trigger.ON_RECEIVE, "Vote", 0L, 0L, List.of(), countVoteGuard, countVoteEffect, "raft-election-double-vote.lstep:48:3"));
        ActionSpec.Guard<ServerState> ignoreVoteGuard = (s, p, m) -> enabledIgnoreVote(s, (Vote) m);
        ActionSpec.Effect<ServerState> ignoreVoteEffect = (s, p, m) -> ignoreVote(s, (Vote) m);
        out.add(new ActionSpec<>("IgnoreVote", Trigger.ON_RECEIVE, "Vote", 0L, 0L, List.of(), ignoreVoteGuard, ignoreVoteEffect, "raft-election-double-vote.lstep:52:3"));
        ActionSpec.Guard<ServerState> becomeLeaderGuard = (s, p, m) -> enabledBecomeLeader(s);
        ActionSpec.Effect<ServerState> becomeLeaderEffect = (s, p, m) -> becomeLeader(s);
        out.add(new ActionSpec<>("BecomeLeader", Trigger.AUTO, null, 0L, 0L, List.of(), becomeLeaderGuard, becomeLeaderEffect, "raft-election-double-vote.lstep:56:3"));
        ActionSpec.Guard<ServerState> heartbeatGuard = (s, p, m) -> enabledHeartbeat(s);
        ActionSpec.Effect<ServerState> heartbeatEffect = (s, p, m) -> heartbeat(s);
        out.add(new ActionSpec<>("Heartbeat", Trigger.TIMER, null, 50L, 50L, List.of(), heartbeatGuard, heartbeatEffect, "raft-election-double-vote.lstep:62:3"));
        ActionSpec.Guard<ServerState> followGuard = (s, p, m) -> enabledFollow(s, (AppendEntries) m);
        ActionSpec.Effect<ServerState> followEffect = (s, p, m) -> follow(s, (AppendEntries) m);
        out.add(new ActionSpec<>("Follow", Trigger.ON_RECEIVE, "AppendEntries", 0L, 0L, List.of(), followGuard, followEffect, "raft-election-double-vote.lstep:66:3"));
        ActionSpec.Guard<ServerState> ignoreStaleGuard = (s, p, m) -> enabledIgnoreStale(s, (AppendEntries) m);
        ActionSpec.Effect<ServerState> ignoreStaleEffect = (s, p, m) -> ignoreStale(s, (AppendEntries) m);
        out.add(new ActionSpec<>("IgnoreStale", Trigger.ON_RECEIVE, "AppendEntries", 0L, 0L, List.of(), ignoreStaleGuard, ignoreStaleEffect, "raft-election-double-vote.lstep:74:3"));
        return List.copyOf(out);
    }
}
