package gen.raft;

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
 * Role Server of protocol Raft for one node: pure functions of the local state; commands are returned as data. (spec: raft.lstep:74:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft.lstep")
public final class ServerMachine implements RoleMachine<ServerState> {

    private final RaftConstants constants;

    private final NodeId self;

    private final List<ActionSpec<ServerState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: raft.lstep:74:1)
     */
    public ServerMachine(RaftConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: raft.lstep:74:1)
     */
    @Override
    public String role() {
        return "Server";
    }

    /**
     * The node this machine runs. (spec: raft.lstep:74:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: raft.lstep:74:1)
     */
    @Override
    public List<ServerState> initialStates() {
        List<ServerState> out = new ArrayList<>();
        long currentTerm = 0L;
        Set<NodeId> votedFor = SpecValues.setOf();
        List<TermValRecord> log = SpecValues.seqOf();
        Status status = Status.follower;
        long commitIndex = 0L;
        List<TermValRecord> applied = SpecValues.seqOf();
        out.add(new ServerState(currentTerm, votedFor, log, status, commitIndex, applied));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: raft.lstep:74:1)
     */
    @Override
    public List<Command> start(ServerState initial) {
        List<Command> out = new ArrayList<>();
        armTimers(initial, out);
        return List.copyOf(out);
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: raft.lstep:74:1)
     */
    @Override
    public List<ActionSpec<ServerState>> actions() {
        return actions;
    }

    /**
     * Whether timer action Timeout is enabled. (spec: raft.lstep:86:10)
     */
    public boolean enabledTimeout(ServerState s) {
        return !(s.status() == Status.leader) && (s.currentTerm() < constants.MaxTerm());
    }

    /**
     * Fires timer action Timeout (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft.lstep:85:3)
     */
    public Step<ServerState> timeout(ServerState s) {
        try {
            List<Command> out = new ArrayList<>();
            for (NodeId dst : SpecValues.minus(constants.Servers(), SpecValues.setOf(self))) {
                out.add(new Command.Send(new RequestVote(self, dst, Math.addExact(s.currentTerm(), 1L), constants.LastTerm(s.log()), (long) s.log().size())));
            }
            ServerState next = new ServerState(Math.addExact(s.currentTerm(), 1L), SpecValues.setOf(self), s.log(), Status.candidate, s.commitIndex(), s.applied());
            armTimers(next, out);
            return new Step<>(next, out);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Timeout", "raft.lstep:85:3");
        }
    }

    /**
     * Whether timer action Timeout is enabled for some parameter binding. (spec: raft.lstep:85:3)
     */
    private boolean anyEnabledTimeout(ServerState s) {
        return enabledTimeout(s);
    }

    /**
     * Whether on receive RequestVote action GrantVote is enabled. (spec: raft.lstep:94:10)
     */
    public boolean enabledGrantVote(ServerState s, RequestVote m) {
        try {
            return ((m.term() > s.currentTerm()) || ((m.term() == s.currentTerm()) && SpecValues.subsetEq(s.votedFor(), SpecValues.setOf(m.src())))) && constants.UpToDate(m.lastLogTerm(), m.lastLogIndex(), s.log());
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("GrantVote", "raft.lstep:93:3");
        }
    }

    /**
     * Fires on receive RequestVote action GrantVote (call only when enabled): the new local state, the messages sent and the timers restarted or cancelled in statement order, then the timers to arm. (spec: raft.lstep:93:3)
     */
    public Step<ServerState> grantVote(ServerState s, RequestVote m) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new Vote(self, m.src(), m.term())));
        out.add(new Command.RestartTimer("Timeout"));
        ServerState next = new ServerState(m.term(), SpecValues.setOf(m.src()), s.log(), (m.term() > s.currentTerm()) ? Status.follower : s.status(), s.commitIndex(), s.applied());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive RequestVote action RefuseVote is enabled. (spec: raft.lstep:104:10)
     */
    public boolean enabledRefuseVote(ServerState s, RequestVote m) {
        try {
            return (m.term() > s.currentTerm()) && !constants.UpToDate(m.lastLogTerm(), m.lastLogIndex(), s.log());
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("RefuseVote", "raft.lstep:103:3");
        }
    }

    /**
     * Fires on receive RequestVote action RefuseVote (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft.lstep:103:3)
     */
    public Step<ServerState> refuseVote(ServerState s, RequestVote m) {
        List<Command> out = new ArrayList<>();
        ServerState next = new ServerState(m.term(), SpecValues.setOf(), s.log(), Status.follower, s.commitIndex(), s.applied());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive RequestVote action IgnoreRequest is enabled. (spec: raft.lstep:110:10)
     */
    public boolean enabledIgnoreRequest(ServerState s, RequestVote m) {
        try {
            return (m.term() < s.currentTerm()) || ((m.term() == s.currentTerm()) && !(SpecValues.subsetEq(s.votedFor(), SpecValues.setOf(m.src())) && constants.UpToDate(m.lastLogTerm(), m.lastLogIndex(), s.log())));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("IgnoreRequest", "raft.lstep:109:3");
        }
    }

    /**
     * Fires on receive RequestVote action IgnoreRequest (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft.lstep:109:3)
     */
    public Step<ServerState> ignoreRequest(ServerState s, RequestVote m) {
        List<Command> out = new ArrayList<>();
        ServerState next = new ServerState(s.currentTerm(), s.votedFor(), s.log(), s.status(), s.commitIndex(), s.applied());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * The domain of parameter Q of action BecomeLeader, in the spec's canonical order. (spec: raft.lstep:114:86)
     */
    public Set<Set<NodeId>> becomeLeaderDomainQ(ServerState s) {
        try {
            return constants.PeerQuorums(self);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("BecomeLeader", "raft.lstep:114:3");
        }
    }

    /**
     * Whether on receive all Vote action BecomeLeader is enabled: each parameter in its domain and the guard holds. (spec: raft.lstep:115:10)
     */
    public boolean enabledBecomeLeader(ServerState s, Set<NodeId> Q, Set<Vote> vs) {
        return becomeLeaderDomainQ(s).contains(Q) && guardBecomeLeader(s, Q, vs);
    }

    /**
     * The guard of BecomeLeader for parameters drawn from their domains. (spec: raft.lstep:115:10)
     */
    private boolean guardBecomeLeader(ServerState s, Set<NodeId> Q, Set<Vote> vs) {
        return s.status() == Status.candidate;
    }

    /**
     * Fires on receive all Vote action BecomeLeader (call only when enabled): the new local state, the messages sent and the timers restarted or cancelled in statement order, then the timers to arm. (spec: raft.lstep:114:3)
     */
    public Step<ServerState> becomeLeader(ServerState s, Set<NodeId> Q, Set<Vote> vs) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.CancelTimer("Timeout"));
        ServerState next = new ServerState(s.currentTerm(), s.votedFor(), s.log(), Status.leader, s.commitIndex(), s.applied());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * The nodes that must each send a Vote message for BecomeLeader to fire with these parameters. (spec: raft.lstep:114:32)
     */
    public Set<NodeId> becomeLeaderSenders(ServerState s, Set<NodeId> Q) {
        return Q;
    }

    /**
     * Whether BecomeLeader reads message {@code v} (of a sender) with these parameters: its filter. (spec: raft.lstep:114:43)
     */
    public boolean becomeLeaderAccepts(ServerState s, Set<NodeId> Q, Vote v) {
        return v.term() == s.currentTerm();
    }

    /**
     * The domain of parameter v of action ClientRequest, in the spec's canonical order. (spec: raft.lstep:119:36)
     */
    public Set<Long> clientRequestDomainV(ServerState s) {
        return constants.Values();
    }

    /**
     * Whether input action ClientRequest is enabled: each parameter in its domain and the guard holds. (spec: raft.lstep:120:10)
     */
    public boolean enabledClientRequest(ServerState s, long v) {
        return clientRequestDomainV(s).contains(v) && guardClientRequest(s, v);
    }

    /**
     * The guard of ClientRequest for parameters drawn from their domains. (spec: raft.lstep:120:10)
     */
    private boolean guardClientRequest(ServerState s, long v) {
        return (s.status() == Status.leader) && (((long) s.log().size()) < constants.MaxLog());
    }

    /**
     * Fires input action ClientRequest (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft.lstep:119:3)
     */
    public Step<ServerState> clientRequest(ServerState s, long v) {
        List<Command> out = new ArrayList<>();
        ServerState next = new ServerState(s.currentTerm(), s.votedFor(), SpecValues.append(s.log(), new TermValRecord(s.currentTerm(), v)), s.status(), s.commitIndex(), s.applied());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * The domain of parameter p of action Replicate, in the spec's canonical order. (spec: raft.lstep:126:44)
     */
    public Set<Long> replicateDomainP(ServerState s) {
        return (s.status() == Status.leader) ? SpecValues.range(0L, (long) s.log().size()) : SpecValues.setOf();
    }

    /**
     * Whether timer action Replicate is enabled: each parameter in its domain and the guard holds. (spec: raft.lstep:127:10)
     */
    public boolean enabledReplicate(ServerState s, long p) {
        return replicateDomainP(s).contains(p) && guardReplicate(s, p);
    }

    /**
     * The guard of Replicate for parameters drawn from their domains. (spec: raft.lstep:127:10)
     */
    private boolean guardReplicate(ServerState s, long p) {
        return s.status() == Status.leader;
    }

    /**
     * Fires timer action Replicate (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft.lstep:126:3)
     */
    public Step<ServerState> replicate(ServerState s, long p) {
        try {
            List<Command> out = new ArrayList<>();
            for (NodeId dst : SpecValues.minus(constants.Servers(), SpecValues.setOf(self))) {
                out.add(new Command.Send(new AppendEntries(self, dst, s.currentTerm(), p, (p == 0L) ? 0L : SpecValues.index(s.log(), p, "raft.lstep:128:93").term(), SpecValues.subSeq(s.log(), Math.addExact(p, 1L), (long) s.log().size(), "raft.lstep:129:38"), s.commitIndex())));
            }
            ServerState next = new ServerState(s.currentTerm(), s.votedFor(), s.log(), s.status(), s.commitIndex(), s.applied());
            armTimers(next, out);
            return new Step<>(next, out);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Replicate", "raft.lstep:126:3");
        }
    }

    /**
     * Whether timer action Replicate is enabled for some parameter binding. (spec: raft.lstep:126:3)
     */
    private boolean anyEnabledReplicate(ServerState s) {
        return SpecValues.exists(replicateDomainP(s), p -> enabledReplicate(s, p));
    }

    /**
     * Whether on receive AppendEntries action AcceptEntries is enabled. (spec: raft.lstep:132:10)
     */
    public boolean enabledAcceptEntries(ServerState s, AppendEntries m) {
        try {
            return (m.term() >= s.currentTerm()) && constants.LogOk(s.log(), m);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("AcceptEntries", "raft.lstep:131:3");
        }
    }

    /**
     * Fires on receive AppendEntries action AcceptEntries (call only when enabled): the new local state, the messages sent and the timers restarted or cancelled in statement order, then the timers to arm. (spec: raft.lstep:131:3)
     */
    public Step<ServerState> acceptEntries(ServerState s, AppendEntries m) {
        try {
            List<Command> out = new ArrayList<>();
            out.add(new Command.Send(new Ack(self, m.src(), m.term(), Math.addExact(m.prevIndex(), (long) m.entries().size()))));
            out.add(new Command.RestartTimer("Timeout"));
            ServerState next = new ServerState(m.term(), (m.term() > s.currentTerm()) ? SpecValues.setOf() : s.votedFor(), constants.Accepted(s.log(), m), Status.follower, SpecValues.max(SpecValues.setOf(s.commitIndex(), SpecValues.min(SpecValues.setOf(m.commit(), Math.addExact(m.prevIndex(), (long) m.entries().size())), "raft.lstep:137:41")), "raft.lstep:137:23"), constants.Apply(s.applied(), constants.Accepted(s.log(), m), SpecValues.max(SpecValues.setOf(s.commitIndex(), SpecValues.min(SpecValues.setOf(m.commit(), Math.addExact(m.prevIndex(), (long) m.entries().size())), "raft.lstep:138:70")), "raft.lstep:138:52")));
            armTimers(next, out);
            return new Step<>(next, out);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("AcceptEntries", "raft.lstep:131:3");
        }
    }

    /**
     * Whether on receive AppendEntries action RejectEntries is enabled. (spec: raft.lstep:144:10)
     */
    public boolean enabledRejectEntries(ServerState s, AppendEntries m) {
        try {
            return (m.term() >= s.currentTerm()) && !constants.LogOk(s.log(), m);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("RejectEntries", "raft.lstep:143:3");
        }
    }

    /**
     * Fires on receive AppendEntries action RejectEntries (call only when enabled): the new local state, the messages sent and the timers restarted or cancelled in statement order, then the timers to arm. (spec: raft.lstep:143:3)
     */
    public Step<ServerState> rejectEntries(ServerState s, AppendEntries m) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.RestartTimer("Timeout"));
        ServerState next = new ServerState(m.term(), (m.term() > s.currentTerm()) ? SpecValues.setOf() : s.votedFor(), s.log(), Status.follower, s.commitIndex(), s.applied());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive AppendEntries action IgnoreStale is enabled. (spec: raft.lstep:151:10)
     */
    public boolean enabledIgnoreStale(ServerState s, AppendEntries m) {
        return m.term() < s.currentTerm();
    }

    /**
     * Fires on receive AppendEntries action IgnoreStale (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft.lstep:150:3)
     */
    public Step<ServerState> ignoreStale(ServerState s, AppendEntries m) {
        List<Command> out = new ArrayList<>();
        ServerState next = new ServerState(s.currentTerm(), s.votedFor(), s.log(), s.status(), s.commitIndex(), s.applied());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * The domain of parameter i of action AdvanceCommit, in the spec's canonical order. (spec: raft.lstep:157:28)
     */
    public Set<Long> advanceCommitDomainI(ServerState s) {
        try {
            return SpecValues.range(Math.addExact(s.commitIndex(), 1L), (long) s.log().size());
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("AdvanceCommit", "raft.lstep:156:3");
        }
    }

    /**
     * The domain of parameter Q of action AdvanceCommit, in the spec's canonical order. (spec: raft.lstep:157:63)
     */
    public Set<Set<NodeId>> advanceCommitDomainQ(ServerState s, long i) {
        try {
            return constants.PeerQuorums(self);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("AdvanceCommit", "raft.lstep:156:3");
        }
    }

    /**
     * Whether on receive all Ack action AdvanceCommit is enabled: each parameter in its domain and the guard holds. (spec: raft.lstep:158:10)
     */
    public boolean enabledAdvanceCommit(ServerState s, long i, Set<NodeId> Q, Set<Ack> acks) {
        return (advanceCommitDomainI(s).contains(i) && advanceCommitDomainQ(s, i).contains(Q)) && guardAdvanceCommit(s, i, Q, acks);
    }

    /**
     * The guard of AdvanceCommit for parameters drawn from their domains. (spec: raft.lstep:158:10)
     */
    private boolean guardAdvanceCommit(ServerState s, long i, Set<NodeId> Q, Set<Ack> acks) {
        return (s.status() == Status.leader) && (SpecValues.index(s.log(), i, "raft.lstep:158:29").term() == s.currentTerm());
    }

    /**
     * Fires on receive all Ack action AdvanceCommit (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft.lstep:156:3)
     */
    public Step<ServerState> advanceCommit(ServerState s, long i, Set<NodeId> Q, Set<Ack> acks) {
        try {
            List<Command> out = new ArrayList<>();
            ServerState next = new ServerState(s.currentTerm(), s.votedFor(), s.log(), s.status(), i, constants.Apply(s.applied(), s.log(), i));
            armTimers(next, out);
            return new Step<>(next, out);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("AdvanceCommit", "raft.lstep:156:3");
        }
    }

    /**
     * The nodes that must each send a Ack message for AdvanceCommit to fire with these parameters. (spec: raft.lstep:156:33)
     */
    public Set<NodeId> advanceCommitSenders(ServerState s, long i, Set<NodeId> Q) {
        return Q;
    }

    /**
     * Whether AdvanceCommit reads message {@code a} (of a sender) with these parameters: its filter. (spec: raft.lstep:156:44)
     */
    public boolean advanceCommitAccepts(ServerState s, long i, Set<NodeId> Q, Ack a) {
        return (a.term() == s.currentTerm()) && (a.matchIndex() >= i);
    }

    /**
     * Whether on receive Ack action IgnoreStaleAck is enabled. (spec: raft.lstep:165:10)
     */
    public boolean enabledIgnoreStaleAck(ServerState s, Ack m) {
        return (!(m.term() == s.currentTerm()) || !(s.status() == Status.leader)) || (m.matchIndex() <= s.commitIndex());
    }

    /**
     * Fires on receive Ack action IgnoreStaleAck (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: raft.lstep:164:3)
     */
    public Step<ServerState> ignoreStaleAck(ServerState s, Ack m) {
        List<Command> out = new ArrayList<>();
        ServerState next = new ServerState(s.currentTerm(), s.votedFor(), s.log(), s.status(), s.commitIndex(), s.applied());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Asks for the timer of each timer action enabled in {@code s}; the runtime arms it unless it is armed already. (spec: raft.lstep:74:1)
     */
    private void armTimers(ServerState s, List<Command> out) {
        if (anyEnabledTimeout(s))
            out.add(new Command.SetTimer("Timeout", 300L, 600L));
        if (anyEnabledReplicate(s))
            out.add(new Command.SetTimer("Replicate", 50L, 50L));
    }

    /**
     * The spec declares role Server {@code crashes}. (spec: raft.lstep:74:1)
     */
    @Override
    public boolean crashes() {
        return true;
    }

    /**
     * The durable variables of role Server, which a node keeps on disk. (spec: raft.lstep:74:1)
     */
    @Override
    public List<String> durableVariables() {
        return List.of("currentTerm", "votedFor", "log");
    }

    /**
     * Recovers from a crash in {@code crashed}: volatile variables back to their initial values, durable ones kept. (spec: raft.lstep:74:1)
     */
    @Override
    public Step<ServerState> restart(ServerState crashed) {
        ServerState s = new ServerState(crashed.currentTerm(), crashed.votedFor(), crashed.log(), Status.follower, 0L, SpecValues.seqOf());
        return new Step<>(s, List.of());
    }

    /**
     * The actions of role Server as ActionSpecs, in spec order. (spec: raft.lstep:74:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<ServerState>> specs() {
        List<ActionSpec<ServerState>> out = new ArrayList<>();
        ActionSpec.Guard<ServerState> timeoutGuard = (s, p, m) -> enabledTimeout(s);
        ActionSpec.Effect<ServerState> timeoutEffect = (s, p, m) -> timeout(s);
        out.add(new ActionSpec<>("Timeout", Trigger.TIMER, null, 300L, 600L, List.of(), timeoutGuard, timeoutEffect, "raft.lstep:85:3"));
        ActionSpec.Guard<ServerState> grantVoteGuard = (s, p, m) -> enabledGrantVote(s, (RequestVote) m);
        ActionSpec.Effect<ServerState> grantVoteEffect = (s, p, m) -> grantVote(s, (RequestVote) m);
        out.add(new ActionSpec<>("GrantVote", Trigger.ON_RECEIVE, "RequestVote", 0L, 0L, List.of(), grantVoteGuard, grantVoteEffect, "raft.lstep:93:3"));
        ActionSpec.Guard<ServerState> refuseVoteGuard = (s, p, m) -> enabledRefuseVote(s, (RequestVote) m);
        ActionSpec.Effect<ServerState> refuseVoteEffect = (s, p, m) -> refuseVote(s, (RequestVote) m);
        out.add(new ActionSpec<>("RefuseVote", Trigger.ON_RECEIVE, "RequestVote", 0L, 0L, List.of(), refuseVoteGuard, refuseVoteEffect, "raft.lstep:103:3"));
        ActionSpec.Guard<ServerState> ignoreRequestGuard = (s, p, m) -> enabledIgnoreRequest(s, (RequestVote) m);
        ActionSpec.Effect<ServerState> ignoreRequestEffect = (s, p, m) -> ignoreRequest(s, (RequestVote) m);
        out.add(new ActionSpec<>("IgnoreRequest", Trigger.ON_RECEIVE, "RequestVote", 0L, 0L, List.of(), ignoreRequestGuard, ignoreRequestEffect, "raft.lstep:109:3"));
        ActionSpec.Param<ServerState> becomeLeaderQ = new ActionSpec.Param<>("Q", (s, p, m) -> SpecValues.elements(becomeLeaderDomainQ(s)));
        ActionSpec.Senders<ServerState> becomeLeaderSenders = (s, p) -> becomeLeaderSenders(s, (Set<NodeId>) p.get(0));
        ActionSpec.Filter<ServerState> becomeLeaderFilter = (s, p, m) -> becomeLeaderAccepts(s, (Set<NodeId>) p.get(0), (Vote) m);
        ActionSpec.SetGuard<ServerState> becomeLeaderGuard = (s, p, r) -> guardBecomeLeader(s, (Set<NodeId>) p.get(0), (Set<Vote>) r);
        ActionSpec.SetEffect<ServerState> becomeLeaderEffect = (s, p, r) -> becomeLeader(s, (Set<NodeId>) p.get(0), (Set<Vote>) r);
        out.add(new ActionSpec<>("BecomeLeader", Trigger.ON_RECEIVE_ALL, "Vote", 0L, 0L, List.of(becomeLeaderQ), null, null, "raft.lstep:114:3", new ActionSpec.ReceiveAll<>(becomeLeaderSenders, becomeLeaderFilter, becomeLeaderGuard, becomeLeaderEffect)));
        ActionSpec.Param<ServerState> clientRequestV = new ActionSpec.Param<>("v", (s, p, m) -> SpecValues.elements(clientRequestDomainV(s)));
        ActionSpec.Guard<ServerState> clientRequestGuard = (s, p, m) -> guardClientRequest(s, (Long) p.get(0));
        ActionSpec.Effect<ServerState> clientRequestEffect = (s, p, m) -> clientRequest(s, (Long) p.get(0));
        out.add(new ActionSpec<>("ClientRequest", Trigger.INPUT, null, 0L, 0L, List.of(clientRequestV), clientRequestGuard, clientRequestEffect, "raft.lstep:119:3"));
        ActionSpec.Param<ServerState> replicateP = new ActionSpec.Param<>("p", (s, p, m) -> SpecValues.elements(replicateDomainP(s)));
        ActionSpec.Guard<ServerState> replicateGuard = (s, p, m) -> guardReplicate(s, (Long) p.get(0));
        ActionSpec.Effect<ServerState> replicateEffect = (s, p, m) -> replicate(s, (Long) p.get(0));
        out.add(new ActionSpec<>("Replicate", Trigger.TIMER, null, 50L, 50L, List.of(replicateP), replicateGuard, replicateEffect, "raft.lstep:126:3"));
        ActionSpec.Guard<ServerState> acceptEntriesGuard = (s, p, m) -> enabledAcceptEntries(s, (AppendEntries) m);
        ActionSpec.Effect<ServerState> acceptEntriesEffect = (s, p, m) -> acceptEntries(s, (AppendEntries) m);
        out.add(new ActionSpec<>("AcceptEntries", Trigger.ON_RECEIVE, "AppendEntries", 0L, 0L, List.of(), acceptEntriesGuard, acceptEntriesEffect, "raft.lstep:131:3"));
        ActionSpec.Guard<ServerState> rejectEntriesGuard = (s, p, m) -> enabledRejectEntries(s, (AppendEntries) m);
        ActionSpec.Effect<ServerState> rejectEntriesEffect = (s, p, m) -> rejectEntries(s, (AppendEntries) m);
        out.add(new ActionSpec<>("RejectEntries", Trigger.ON_RECEIVE, "AppendEntries", 0L, 0L, List.of(), rejectEntriesGuard, rejectEntriesEffect, "raft.lstep:143:3"));
        ActionSpec.Guard<ServerState> ignoreStaleGuard = (s, p, m) -> enabledIgnoreStale(s, (AppendEntries) m);
        ActionSpec.Effect<ServerState> ignoreStaleEffect = (s, p, m) -> ignoreStale(s, (AppendEntries) m);
        out.add(new ActionSpec<>("IgnoreStale", Trigger.ON_RECEIVE, "AppendEntries", 0L, 0L, List.of(), ignoreStaleGuard, ignoreStaleEffect, "raft.lstep:150:3"));
        ActionSpec.Param<ServerState> advanceCommitI = new ActionSpec.Param<>("i", (s, p, m) -> SpecValues.elements(advanceCommitDomainI(s)));
        ActionSpec.Param<ServerState> advanceCommitQ = new ActionSpec.Param<>("Q", (s, p, m) -> SpecValues.elements(advanceCommitDomainQ(s, (Long) p.get(0))));
        ActionSpec.Senders<ServerState> advanceCommitSenders = (s, p) -> advanceCommitSenders(s, (Long) p.get(0), (Set<NodeId>) p.get(1));
        ActionSpec.Filter<ServerState> advanceCommitFilter = (s, p, m) -> advanceCommitAccepts(s, (Long) p.get(0), (Set<NodeId>) p.get(1), (Ack) m);
        ActionSpec.SetGuard<ServerState> advanceCommitGuard = (s, p, r) -> guardAdvanceCommit(s, (Long) p.get(0), (Set<NodeId>) p.get(1), (Set<Ack>) r);
        ActionSpec.SetEffect<ServerState> advanceCommitEffect = (s, p, r) -> advanceCommit(s, (Long) p.get(0), (Set<NodeId>) p.get(1), (Set<Ack>) r);
        out.add(new ActionSpec<>("AdvanceCommit", Trigger.ON_RECEIVE_ALL, "Ack", 0L, 0L, List.of(advanceCommitI, advanceCommitQ), null, null, "raft.lstep:156:3", new ActionSpec.ReceiveAll<>(advanceCommitSenders, advanceCommitFilter, advanceCommitGuard, advanceCommitEffect)));
        ActionSpec.Guard<ServerState> ignoreStaleAckGuard = (s, p, m) -> enabledIgnoreStaleAck(s, (Ack) m);
        ActionSpec.Effect<ServerState> ignoreStaleAckEffect = (s, p, m) -> ignoreStaleAck(s, (Ack) m);
        out.add(new ActionSpec<>("IgnoreStaleAck", Trigger.ON_RECEIVE, "Ack", 0L, 0L, List.of(), ignoreStaleAckGuard, ignoreStaleAckEffect, "raft.lstep:164:3"));
        return List.copyOf(out);
    }
}
