package gen.raftelectionsafety;

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
 * Role Server of protocol RaftElectionSafety for one node: pure functions of the local state; commands are returned as data. (spec: raft-election-safety.lstep:25:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-election-safety.lstep")
public final class ServerMachine implements RoleMachine<ServerState> {

    private final RaftElectionSafetyConstants constants;

    private final NodeId self;

    private final List<ActionSpec<ServerState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: raft-election-safety.lstep:25:1)
     */
    public ServerMachine(RaftElectionSafetyConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: raft-election-safety.lstep:25:1)
     */
    @Override
    public String role() {
        return "Server";
    }

    /**
     * The node this machine runs. (spec: raft-election-safety.lstep:25:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: raft-election-safety.lstep:25:1)
     */
    @Override
    public List<ServerState> initialStates() {
        List<ServerState> out = new ArrayList<>();
        long currentTerm = 0L;
        Set<NodeId> votedFor = SpecValues.setOf();
        Status status = Status.follower;
        out.add(new ServerState(currentTerm, votedFor, status));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: raft-election-safety.lstep:25:1)
     */
    @Override
    public List<Command> start(ServerState initial) {
        List<Command> out = new ArrayList<>();
        armTimers(initial, out);
        return List.copyOf(out);
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: raft-election-safety.lstep:25:1)
     */
    @Override
    public List<ActionSpec<ServerState>> actions() {
        return actions;
    }

    /**
     * Whether timer action Timeout is enabled. (spec: raft-election-safety.lstep:31:10)
     */
    public boolean enabledTimeout(ServerState s) {
        return !(s.status() == Status.leader) && (s.currentTerm() < constants.MaxTerm());
    }

    /**
     * Fires timer action Timeout (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft-election-safety.lstep:30:3)
     */
    public Step<ServerState> timeout(ServerState s) {
        try {
            List<Command> out = new ArrayList<>();
            for (NodeId dst : SpecValues.minus(constants.Servers(), SpecValues.setOf(self))) {
                out.add(new Command.Send(new RequestVote(self, dst, Math.addExact(s.currentTerm(), 1L))));
            }
            ServerState next = new ServerState(Math.addExact(s.currentTerm(), 1L), SpecValues.setOf(self), Status.candidate);
            armTimers(next, out);
            return new Step<>(next, out);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Timeout", "raft-election-safety.lstep:30:3");
        }
    }

    /**
     * Whether timer action Timeout is enabled for some parameter binding. (spec: raft-election-safety.lstep:30:3)
     */
    private boolean anyEnabledTimeout(ServerState s) {
        return enabledTimeout(s);
    }

    /**
     * The domain of parameter upToDate of action GrantVote, in the spec's canonical order. (spec: raft-election-safety.lstep:39:55)
     */
    public Set<Long> grantVoteDomainUpToDate(ServerState s, RequestVote m) {
        return SpecValues.range(0L, 1L);
    }

    /**
     * Whether on receive RequestVote action GrantVote is enabled: each parameter in its domain and the guard holds. (spec: raft-election-safety.lstep:40:10)
     */
    public boolean enabledGrantVote(ServerState s, long upToDate, RequestVote m) {
        return grantVoteDomainUpToDate(s, m).contains(upToDate) && guardGrantVote(s, upToDate, m);
    }

    /**
     * The guard of GrantVote for parameters drawn from their domains. (spec: raft-election-safety.lstep:40:10)
     */
    private boolean guardGrantVote(ServerState s, long upToDate, RequestVote m) {
        return ((m.term() > s.currentTerm()) || ((m.term() == s.currentTerm()) && SpecValues.subsetEq(s.votedFor(), SpecValues.setOf(m.src())))) && (upToDate == 1L);
    }

    /**
     * Fires on receive RequestVote action GrantVote (call only when enabled): the new local state, the messages sent and the timers restarted or cancelled in statement order, then the timers to arm. (spec: raft-election-safety.lstep:39:3)
     */
    public Step<ServerState> grantVote(ServerState s, long upToDate, RequestVote m) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new Vote(self, m.src(), m.term())));
        out.add(new Command.RestartTimer("Timeout"));
        ServerState next = new ServerState(m.term(), SpecValues.setOf(m.src()), (m.term() > s.currentTerm()) ? Status.follower : s.status());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive RequestVote action RefuseVote is enabled. (spec: raft-election-safety.lstep:48:10)
     */
    public boolean enabledRefuseVote(ServerState s, RequestVote m) {
        return m.term() > s.currentTerm();
    }

    /**
     * Fires on receive RequestVote action RefuseVote (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft-election-safety.lstep:47:3)
     */
    public Step<ServerState> refuseVote(ServerState s, RequestVote m) {
        List<Command> out = new ArrayList<>();
        ServerState next = new ServerState(m.term(), SpecValues.setOf(), Status.follower);
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive RequestVote action IgnoreRequest is enabled. (spec: raft-election-safety.lstep:54:10)
     */
    public boolean enabledIgnoreRequest(ServerState s, RequestVote m) {
        return m.term() <= s.currentTerm();
    }

    /**
     * Fires on receive RequestVote action IgnoreRequest (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft-election-safety.lstep:53:3)
     */
    public Step<ServerState> ignoreRequest(ServerState s, RequestVote m) {
        List<Command> out = new ArrayList<>();
        ServerState next = new ServerState(s.currentTerm(), s.votedFor(), s.status());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * The domain of parameter Q of action BecomeLeader, in the spec's canonical order. (spec: raft-election-safety.lstep:57:86)
     */
    public Set<Set<NodeId>> becomeLeaderDomainQ(ServerState s) {
        try {
            return constants.PeerQuorums(self);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("BecomeLeader", "raft-election-safety.lstep:57:3");
        }
    }

    /**
     * Whether on receive all Vote action BecomeLeader is enabled: each parameter in its domain and the guard holds. (spec: raft-election-safety.lstep:58:10)
     */
    public boolean enabledBecomeLeader(ServerState s, Set<NodeId> Q, Set<Vote> vs) {
        return becomeLeaderDomainQ(s).contains(Q) && guardBecomeLeader(s, Q, vs);
    }

    /**
     * The guard of BecomeLeader for parameters drawn from their domains. (spec: raft-election-safety.lstep:58:10)
     */
    private boolean guardBecomeLeader(ServerState s, Set<NodeId> Q, Set<Vote> vs) {
        return s.status() == Status.candidate;
    }

    /**
     * Fires on receive all Vote action BecomeLeader (call only when enabled): the new local state, the messages sent and the timers restarted or cancelled in statement order, then the timers to arm. (spec: raft-election-safety.lstep:57:3)
     */
    public Step<ServerState> becomeLeader(ServerState s, Set<NodeId> Q, Set<Vote> vs) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.CancelTimer("Timeout"));
        ServerState next = new ServerState(s.currentTerm(), s.votedFor(), Status.leader);
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * The nodes that must each send a Vote message for BecomeLeader to fire with these parameters. (spec: raft-election-safety.lstep:57:32)
     */
    public Set<NodeId> becomeLeaderSenders(ServerState s, Set<NodeId> Q) {
        return Q;
    }

    /**
     * Whether BecomeLeader reads message {@code v} (of a sender) with these parameters: its filter. (spec: raft-election-safety.lstep:57:43)
     */
    public boolean becomeLeaderAccepts(ServerState s, Set<NodeId> Q, Vote v) {
        return v.term() == s.currentTerm();
    }

    /**
     * Whether timer action Replicate is enabled. (spec: raft-election-safety.lstep:63:10)
     */
    public boolean enabledReplicate(ServerState s) {
        return s.status() == Status.leader;
    }

    /**
     * Fires timer action Replicate (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft-election-safety.lstep:62:3)
     */
    public Step<ServerState> replicate(ServerState s) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : SpecValues.minus(constants.Servers(), SpecValues.setOf(self))) {
            out.add(new Command.Send(new AppendEntries(self, dst, s.currentTerm())));
        }
        ServerState next = new ServerState(s.currentTerm(), s.votedFor(), s.status());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether timer action Replicate is enabled for some parameter binding. (spec: raft-election-safety.lstep:62:3)
     */
    private boolean anyEnabledReplicate(ServerState s) {
        return enabledReplicate(s);
    }

    /**
     * Whether on receive AppendEntries action Follow is enabled. (spec: raft-election-safety.lstep:68:10)
     */
    public boolean enabledFollow(ServerState s, AppendEntries m) {
        return m.term() >= s.currentTerm();
    }

    /**
     * Fires on receive AppendEntries action Follow (call only when enabled): the new local state, the messages sent and the timers restarted or cancelled in statement order, then the timers to arm. (spec: raft-election-safety.lstep:67:3)
     */
    public Step<ServerState> follow(ServerState s, AppendEntries m) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.RestartTimer("Timeout"));
        ServerState next = new ServerState(m.term(), (m.term() > s.currentTerm()) ? SpecValues.setOf() : s.votedFor(), Status.follower);
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive AppendEntries action IgnoreStale is enabled. (spec: raft-election-safety.lstep:75:10)
     */
    public boolean enabledIgnoreStale(ServerState s, AppendEntries m) {
        return m.term() < s.currentTerm();
    }

    /**
     * Fires on receive AppendEntries action IgnoreStale (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft-election-safety.lstep:74:3)
     */
    public Step<ServerState> ignoreStale(ServerState s, AppendEntries m) {
        List<Command> out = new ArrayList<>();
        ServerState next = new ServerState(s.currentTerm(), s.votedFor(), s.status());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Asks for the timer of each timer action enabled in {@code s}; the runtime arms it unless it is armed already. (spec: raft-election-safety.lstep:25:1)
     */
    private void armTimers(ServerState s, List<Command> out) {
        if (anyEnabledTimeout(s))
            out.add(new Command.SetTimer("Timeout", 150L, 300L));
        if (anyEnabledReplicate(s))
            out.add(new Command.SetTimer("Replicate", 50L, 50L));
    }

    /**
     * The spec declares role Server {@code crashes}. (spec: raft-election-safety.lstep:25:1)
     */
    @Override
    public boolean crashes() {
        return true;
    }

    /**
     * The durable variables of role Server, which a node keeps on disk. (spec: raft-election-safety.lstep:25:1)
     */
    @Override
    public List<String> durableVariables() {
        return List.of("currentTerm", "votedFor");
    }

    /**
     * Recovers from a crash in {@code crashed}: volatile variables back to their initial values, durable ones kept. (spec: raft-election-safety.lstep:25:1)
     */
    @Override
    public Step<ServerState> restart(ServerState crashed) {
        ServerState s = new ServerState(crashed.currentTerm(), crashed.votedFor(), Status.follower);
        return new Step<>(s, List.of());
    }

    /**
     * The actions of role Server as ActionSpecs, in spec order. (spec: raft-election-safety.lstep:25:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<ServerState>> specs() {
        List<ActionSpec<ServerState>> out = new ArrayList<>();
        ActionSpec.Guard<ServerState> timeoutGuard = (s, p, m) -> enabledTimeout(s);
        ActionSpec.Effect<ServerState> timeoutEffect = (s, p, m) -> timeout(s);
        out.add(new ActionSpec<>("Timeout", Trigger.TIMER, null, 150L, 300L, List.of(), timeoutGuard, timeoutEffect, "raft-election-safety.lstep:30:3"));
        ActionSpec.Param<ServerState> grantVoteUpToDate = new ActionSpec.Param<>("upToDate", (s, p, m) -> SpecValues.elements(grantVoteDomainUpToDate(s, (RequestVote) m)));
        ActionSpec.Guard<ServerState> grantVoteGuard = (s, p, m) -> guardGrantVote(s, (Long) p.get(0), (RequestVote) m);
        ActionSpec.Effect<ServerState> grantVoteEffect = (s, p, m) -> grantVote(s, (Long) p.get(0), (RequestVote) m);
        out.add(new ActionSpec<>("GrantVote", Trigger.ON_RECEIVE, "RequestVote", 0L, 0L, List.of(grantVoteUpToDate), grantVoteGuard, grantVoteEffect, "raft-election-safety.lstep:39:3"));
        ActionSpec.Guard<ServerState> refuseVoteGuard = (s, p, m) -> enabledRefuseVote(s, (RequestVote) m);
        ActionSpec.Effect<ServerState> refuseVoteEffect = (s, p, m) -> refuseVote(s, (RequestVote) m);
        out.add(new ActionSpec<>("RefuseVote", Trigger.ON_RECEIVE, "RequestVote", 0L, 0L, List.of(), refuseVoteGuard, refuseVoteEffect, "raft-election-safety.lstep:47:3"));
        ActionSpec.Guard<ServerState> ignoreRequestGuard = (s, p, m) -> enabledIgnoreRequest(s, (RequestVote) m);
        ActionSpec.Effect<ServerState> ignoreRequestEffect = (s, p, m) -> ignoreRequest(s, (RequestVote) m);
        out.add(new ActionSpec<>("IgnoreRequest", Trigger.ON_RECEIVE, "RequestVote", 0L, 0L, List.of(), ignoreRequestGuard, ignoreRequestEffect, "raft-election-safety.lstep:53:3"));
        ActionSpec.Param<ServerState> becomeLeaderQ = new ActionSpec.Param<>("Q", (s, p, m) -> SpecValues.elements(becomeLeaderDomainQ(s)));
        ActionSpec.Senders<ServerState> becomeLeaderSenders = (s, p) -> becomeLeaderSenders(s, (Set<NodeId>) p.get(0));
        ActionSpec.Filter<ServerState> becomeLeaderFilter = (s, p, m) -> becomeLeaderAccepts(s, (Set<NodeId>) p.get(0), (Vote) m);
        ActionSpec.SetGuard<ServerState> becomeLeaderGuard = (s, p, r) -> guardBecomeLeader(s, (Set<NodeId>) p.get(0), (Set<Vote>) r);
        ActionSpec.SetEffect<ServerState> becomeLeaderEffect = (s, p, r) -> becomeLeader(s, (Set<NodeId>) p.get(0), (Set<Vote>) r);
        out.add(new ActionSpec<>("BecomeLeader", Trigger.ON_RECEIVE_ALL, "Vote", 0L, 0L, List.of(becomeLeaderQ), null, null, "raft-election-safety.lstep:57:3", new ActionSpec.ReceiveAll<>(becomeLeaderSenders, becomeLeaderFilter, becomeLeaderGuard, becomeLeaderEffect)));
        ActionSpec.Guard<ServerState> replicateGuard = (s, p, m) -> enabledReplicate(s);
        ActionSpec.Effect<ServerState> replicateEffect = (s, p, m) -> replicate(s);
        out.add(new ActionSpec<>("Replicate", Trigger.TIMER, null, 50L, 50L, List.of(), replicateGuard, replicateEffect, "raft-election-safety.lstep:62:3"));
        ActionSpec.Guard<ServerState> followGuard = (s, p, m) -> enabledFollow(s, (AppendEntries) m);
        ActionSpec.Effect<ServerState> followEffect = (s, p, m) -> follow(s, (AppendEntries) m);
        out.add(new ActionSpec<>("Follow", Trigger.ON_RECEIVE, "AppendEntries", 0L, 0L, List.of(), followGuard, followEffect, "raft-election-safety.lstep:67:3"));
        ActionSpec.Guard<ServerState> ignoreStaleGuard = (s, p, m) -> enabledIgnoreStale(s, (AppendEntries) m);
        ActionSpec.Effect<ServerState> ignoreStaleEffect = (s, p, m) -> ignoreStale(s, (AppendEntries) m);
        out.add(new ActionSpec<>("IgnoreStale", Trigger.ON_RECEIVE, "AppendEntries", 0L, 0L, List.of(), ignoreStaleGuard, ignoreStaleEffect, "raft-election-safety.lstep:74:3"));
        return List.copyOf(out);
    }
}
