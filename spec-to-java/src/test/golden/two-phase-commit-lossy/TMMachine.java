package gen.twophasecommitlossy;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.SpecValues;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.api.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Role TM of protocol TwoPhaseCommitLossy for one node: pure functions of the local state; commands are returned as data. (spec: two-phase-commit-lossy.lstep:26:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-lossy.lstep")
public final class TMMachine implements RoleMachine<TMState> {

    private final TwoPhaseCommitLossyConstants constants;

    private final NodeId self;

    private final List<ActionSpec<TMState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: two-phase-commit-lossy.lstep:26:1)
     */
    public TMMachine(TwoPhaseCommitLossyConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: two-phase-commit-lossy.lstep:26:1)
     */
    @Override
    public String role() {
        return "TM";
    }

    /**
     * The node this machine runs. (spec: two-phase-commit-lossy.lstep:26:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: two-phase-commit-lossy.lstep:26:1)
     */
    @Override
    public List<TMState> initialStates() {
        List<TMState> out = new ArrayList<>();
        TMStateEnum state = TMStateEnum.init;
        Set<NodeId> prepared = SpecValues.setOf();
        Set<DstRecord> pendingCommit = SpecValues.setOf();
        Set<DstRecord> pendingAbort = SpecValues.setOf();
        Set<RmSrcRecord> seenPrepared = SpecValues.setOf();
        out.add(new TMState(state, prepared, pendingCommit, pendingAbort, seenPrepared));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: two-phase-commit-lossy.lstep:26:1)
     */
    @Override
    public List<Command> start(TMState initial) {
        List<Command> out = new ArrayList<>();
        armTimers(initial, out);
        return List.copyOf(out);
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: two-phase-commit-lossy.lstep:26:1)
     */
    @Override
    public List<ActionSpec<TMState>> actions() {
        return actions;
    }

    /**
     * Whether on receive Prepared action ReceivePrepared is enabled. (spec: two-phase-commit-lossy.lstep:34:10)
     */
    public boolean enabledReceivePrepared(TMState s, Prepared m) {
        return !s.seenPrepared().contains(new RmSrcRecord(m.rm(), m.src())) && (s.state() == TMStateEnum.init);
    }

    /**
     * Fires on receive Prepared action ReceivePrepared (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:33:3)
     */
    public Step<TMState> receivePrepared(TMState s, Prepared m) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new AckPrepared(self, m.src(), m.rm())));
        TMState next = new TMState(s.state(), SpecValues.union(s.prepared(), SpecValues.setOf(m.rm())), s.pendingCommit(), s.pendingAbort(), SpecValues.union(s.seenPrepared(), SpecValues.setOf(new RmSrcRecord(m.rm(), m.src()))));
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether auto action Commit is enabled. (spec: two-phase-commit-lossy.lstep:40:10)
     */
    public boolean enabledCommit(TMState s) {
        return (s.state() == TMStateEnum.init) && s.prepared().equals(constants.RM());
    }

    /**
     * Fires auto action Commit (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:39:3)
     */
    public Step<TMState> commit(TMState s) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : constants.RM()) {
            out.add(new Command.Send(new Commit(self, dst)));
        }
        TMState next = new TMState(TMStateEnum.done, s.prepared(), SpecValues.union(s.pendingCommit(), SpecValues.<NodeId, DstRecord>map(constants.RM(), d -> new DstRecord(d))), s.pendingAbort(), s.seenPrepared());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether timer action Abort is enabled. (spec: two-phase-commit-lossy.lstep:46:10)
     */
    public boolean enabledAbort(TMState s) {
        return s.state() == TMStateEnum.init;
    }

    /**
     * Fires timer action Abort (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:45:3)
     */
    public Step<TMState> abort(TMState s) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : constants.RM()) {
            out.add(new Command.Send(new Abort(self, dst)));
        }
        TMState next = new TMState(TMStateEnum.done, s.prepared(), s.pendingCommit(), SpecValues.union(s.pendingAbort(), SpecValues.<NodeId, DstRecord>map(constants.RM(), d -> new DstRecord(d))), s.seenPrepared());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether timer action Abort is enabled for some parameter binding. (spec: two-phase-commit-lossy.lstep:45:3)
     */
    private boolean anyEnabledAbort(TMState s) {
        return enabledAbort(s);
    }

    /**
     * The domain of parameter out of action RetransmitCommit, in the spec's canonical order. (spec: two-phase-commit-lossy.lstep:52:60)
     */
    public Set<DstRecord> retransmitCommitDomainOut(TMState s) {
        return s.pendingCommit();
    }

    /**
     * Whether timer action RetransmitCommit is enabled: each parameter in its domain and the guard holds. (spec: two-phase-commit-lossy.lstep:52:35)
     */
    public boolean enabledRetransmitCommit(TMState s, DstRecord out2) {
        return retransmitCommitDomainOut(s).contains(out2) && guardRetransmitCommit(s, out2);
    }

    /**
     * The guard of RetransmitCommit for parameters drawn from their domains. (spec: two-phase-commit-lossy.lstep:52:35)
     */
    private boolean guardRetransmitCommit(TMState s, DstRecord out2) {
        return true;
    }

    /**
     * Fires timer action RetransmitCommit (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:52:3)
     */
    public Step<TMState> retransmitCommit(TMState s, DstRecord out2) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new Commit(self, out2.dst_())));
        TMState next = new TMState(s.state(), s.prepared(), s.pendingCommit(), s.pendingAbort(), s.seenPrepared());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether timer action RetransmitCommit is enabled for some parameter binding. (spec: two-phase-commit-lossy.lstep:52:3)
     */
    private boolean anyEnabledRetransmitCommit(TMState s) {
        return SpecValues.exists(retransmitCommitDomainOut(s), out2 -> enabledRetransmitCommit(s, out2));
    }

    /**
     * Whether on receive AckCommit action ReceiveAckCommit is enabled. (spec: two-phase-commit-lossy.lstep:54:31)
     */
    public boolean enabledReceiveAckCommit(TMState s, AckCommit ack) {
        return true;
    }

    /**
     * Fires on receive AckCommit action ReceiveAckCommit (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:54:3)
     */
    public Step<TMState> receiveAckCommit(TMState s, AckCommit ack) {
        List<Command> out = new ArrayList<>();
        TMState next = new TMState(s.state(), s.prepared(), SpecValues.minus(s.pendingCommit(), SpecValues.setOf(new DstRecord(ack.src()))), s.pendingAbort(), s.seenPrepared());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * The domain of parameter out of action RetransmitAbort, in the spec's canonical order. (spec: two-phase-commit-lossy.lstep:56:59)
     */
    public Set<DstRecord> retransmitAbortDomainOut(TMState s) {
        return s.pendingAbort();
    }

    /**
     * Whether timer action RetransmitAbort is enabled: each parameter in its domain and the guard holds. (spec: two-phase-commit-lossy.lstep:56:35)
     */
    public boolean enabledRetransmitAbort(TMState s, DstRecord out2) {
        return retransmitAbortDomainOut(s).contains(out2) && guardRetransmitAbort(s, out2);
    }

    /**
     * The guard of RetransmitAbort for parameters drawn from their domains. (spec: two-phase-commit-lossy.lstep:56:35)
     */
    private boolean guardRetransmitAbort(TMState s, DstRecord out2) {
        return true;
    }

    /**
     * Fires timer action RetransmitAbort (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:56:3)
     */
    public Step<TMState> retransmitAbort(TMState s, DstRecord out2) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new Abort(self, out2.dst_())));
        TMState next = new TMState(s.state(), s.prepared(), s.pendingCommit(), s.pendingAbort(), s.seenPrepared());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether timer action RetransmitAbort is enabled for some parameter binding. (spec: two-phase-commit-lossy.lstep:56:3)
     */
    private boolean anyEnabledRetransmitAbort(TMState s) {
        return SpecValues.exists(retransmitAbortDomainOut(s), out2 -> enabledRetransmitAbort(s, out2));
    }

    /**
     * Whether on receive AckAbort action ReceiveAckAbort is enabled. (spec: two-phase-commit-lossy.lstep:58:31)
     */
    public boolean enabledReceiveAckAbort(TMState s, AckAbort ack) {
        return true;
    }

    /**
     * Fires on receive AckAbort action ReceiveAckAbort (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:58:3)
     */
    public Step<TMState> receiveAckAbort(TMState s, AckAbort ack) {
        List<Command> out = new ArrayList<>();
        TMState next = new TMState(s.state(), s.prepared(), s.pendingCommit(), SpecValues.minus(s.pendingAbort(), SpecValues.setOf(new DstRecord(ack.src()))), s.seenPrepared());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive Prepared action DuplicatePrepared is enabled. (spec: two-phase-commit-lossy.lstep:61:10)
     */
    public boolean enabledDuplicatePrepared(TMState s, Prepared msg) {
        return s.seenPrepared().contains(new RmSrcRecord(msg.rm(), msg.src()));
    }

    /**
     * Fires on receive Prepared action DuplicatePrepared (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:60:3)
     */
    public Step<TMState> duplicatePrepared(TMState s, Prepared msg) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new AckPrepared(self, msg.src(), msg.rm())));
        TMState next = new TMState(s.state(), s.prepared(), s.pendingCommit(), s.pendingAbort(), s.seenPrepared());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Asks for the timer of each timer action enabled in {@code s}; the runtime arms it unless it is armed already. (spec: two-phase-commit-lossy.lstep:26:1)
     */
    private void armTimers(TMState s, List<Command> out) {
        if (anyEnabledAbort(s))
            out.add(new Command.SetTimer("Abort", 500L, 1000L));
        if (anyEnabledRetransmitCommit(s))
            out.add(new Command.SetTimer("RetransmitCommit", 200L, 400L));
        if (anyEnabledRetransmitAbort(s))
            out.add(new Command.SetTimer("RetransmitAbort", 200L, 400L));
    }

    /**
     * The actions of role TM as ActionSpecs, in spec order. (spec: two-phase-commit-lossy.lstep:26:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<TMState>> specs() {
        List<ActionSpec<TMState>> out = new ArrayList<>();
        ActionSpec.Guard<TMState> receivePreparedGuard = (s, p, m) -> enabledReceivePrepared(s, (Prepared) m);
        ActionSpec.Effect<TMState> receivePreparedEffect = (s, p, m) -> receivePrepared(s, (Prepared) m);
        out.add(new ActionSpec<>("ReceivePrepared", Trigger.ON_RECEIVE, "Prepared", 0L, 0L, List.of(), receivePreparedGuard, receivePreparedEffect, "two-phase-commit-lossy.lstep:33:3"));
        ActionSpec.Guard<TMState> commitGuard = (s, p, m) -> enabledCommit(s);
        ActionSpec.Effect<TMState> commitEffect = (s, p, m) -> commit(s);
        out.add(new ActionSpec<>("Commit", Trigger.AUTO, null, 0L, 0L, List.of(), commitGuard, commitEffect, "two-phase-commit-lossy.lstep:39:3"));
        ActionSpec.Guard<TMState> abortGuard = (s, p, m) -> enabledAbort(s);
        ActionSpec.Effect<TMState> abortEffect = (s, p, m) -> abort(s);
        out.add(new ActionSpec<>("Abort", Trigger.TIMER, null, 500L, 1000L, List.of(), abortGuard, abortEffect, "two-phase-commit-lossy.lstep:45:3"));
        ActionSpec.Param<TMState> retransmitCommitOut = new ActionSpec.Param<>("out", (s, p, m) -> SpecValues.elements(retransmitCommitDomainOut(s)));
        ActionSpec.Guard<TMState> retransmitCommitGuard = (s, p, m) -> guardRetransmitCommit(s, (DstRecord) p.get(0));
        ActionSpec.Effect<TMState> retransmitCommitEffect = (s, p, m) -> retransmitCommit(s, (DstRecord) p.get(0));
        out.add(new ActionSpec<>("RetransmitCommit", Trigger.TIMER, null, 200L, 400L, List.of(retransmitCommitOut), retransmitCommitGuard, retransmitCommitEffect, "two-phase-commit-lossy.lstep:52:3"));
        ActionSpec.Guard<TMState> receiveAckCommitGuard = (s, p, m) -> enabledReceiveAckCommit(s, (AckCommit) m);
        ActionSpec.Effect<TMState> receiveAckCommitEffect = (s, p, m) -> receiveAckCommit(s, (AckCommit) m);
        out.add(new ActionSpec<>("ReceiveAckCommit", Trigger.ON_RECEIVE, "AckCommit", 0L, 0L, List.of(), receiveAckCommitGuard, receiveAckCommitEffect, "two-phase-commit-lossy.lstep:54:3"));
        ActionSpec.Param<TMState> retransmitAbortOut = new ActionSpec.Param<>("out", (s, p, m) -> SpecValues.elements(retransmitAbortDomainOut(s)));
        ActionSpec.Guard<TMState> retransmitAbortGuard = (s, p, m) -> guardRetransmitAbort(s, (DstRecord) p.get(0));
        ActionSpec.Effect<TMState> retransmitAbortEffect = (s, p, m) -> retransmitAbort(s, (DstRecord) p.get(0));
        out.add(new ActionSpec<>("RetransmitAbort", Trigger.TIMER, null, 200L, 400L, List.of(retransmitAbortOut), retransmitAbortGuard, retransmitAbortEffect, "two-phase-commit-lossy.lstep:56:3"));
        ActionSpec.Guard<TMState> receiveAckAbortGuard = (s, p, m) -> enabledReceiveAckAbort(s, (AckAbort) m);
        ActionSpec.Effect<TMState> receiveAckAbortEffect = (s, p, m) -> receiveAckAbort(s, (AckAbort) m);
        out.add(new ActionSpec<>("ReceiveAckAbort", Trigger.ON_RECEIVE, "AckAbort", 0L, 0L, List.of(), receiveAckAbortGuard, receiveAckAbortEffect, "two-phase-commit-lossy.lstep:58:3"));
        ActionSpec.Guard<TMState> duplicatePreparedGuard = (s, p, m) -> enabledDuplicatePrepared(s, (Prepared) m);
        ActionSpec.Effect<TMState> duplicatePreparedEffect = (s, p, m) -> duplicatePrepared(s, (Prepared) m);
        out.add(new ActionSpec<>("DuplicatePrepared", Trigger.ON_RECEIVE, "Prepared", 0L, 0L, List.of(), duplicatePreparedGuard, duplicatePreparedEffect, "two-phase-commit-lossy.lstep:60:3"));
        return List.copyOf(out);
    }
}
