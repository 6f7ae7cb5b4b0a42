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
 * Role ResourceManager of protocol TwoPhaseCommitLossy for one node: pure functions of the local state; commands are returned as data. (spec: two-phase-commit-lossy.lstep:65:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-lossy.lstep")
public final class ResourceManagerMachine implements RoleMachine<ResourceManagerState> {

    private final TwoPhaseCommitLossyConstants constants;

    private final NodeId self;

    private final List<ActionSpec<ResourceManagerState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: two-phase-commit-lossy.lstep:65:1)
     */
    public ResourceManagerMachine(TwoPhaseCommitLossyConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: two-phase-commit-lossy.lstep:65:1)
     */
    @Override
    public String role() {
        return "ResourceManager";
    }

    /**
     * The node this machine runs. (spec: two-phase-commit-lossy.lstep:65:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: two-phase-commit-lossy.lstep:65:1)
     */
    @Override
    public List<ResourceManagerState> initialStates() {
        List<ResourceManagerState> out = new ArrayList<>();
        RMState state = RMState.working;
        Set<DstRmRecord> pendingPrepared = SpecValues.setOf();
        Set<SrcRecord> seenCommit = SpecValues.setOf();
        Set<SrcRecord> seenAbort = SpecValues.setOf();
        out.add(new ResourceManagerState(state, pendingPrepared, seenCommit, seenAbort));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: two-phase-commit-lossy.lstep:65:1)
     */
    @Override
    public List<Command> start(ResourceManagerState initial) {
        List<Command> out = new ArrayList<>();
        armTimers(initial, out);
        return List.copyOf(out);
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: two-phase-commit-lossy.lstep:65:1)
     */
    @Override
    public List<ActionSpec<ResourceManagerState>> actions() {
        return actions;
    }

    /**
     * Whether input action Prepare is enabled. (spec: two-phase-commit-lossy.lstep:72:10)
     */
    public boolean enabledPrepare(ResourceManagerState s) {
        return s.state() == RMState.working;
    }

    /**
     * Fires input action Prepare (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:71:3)
     */
    public Step<ResourceManagerState> prepare(ResourceManagerState s) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new Prepared(self, constants.TMNode(), self)));
        ResourceManagerState next = new ResourceManagerState(RMState.prepared, SpecValues.union(s.pendingPrepared(), SpecValues.setOf(new DstRmRecord(constants.TMNode(), self))), s.seenCommit(), s.seenAbort());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether input action ChooseAbort is enabled. (spec: two-phase-commit-lossy.lstep:78:10)
     */
    public boolean enabledChooseAbort(ResourceManagerState s) {
        return s.state() == RMState.working;
    }

    /**
     * Fires input action ChooseAbort (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:77:3)
     */
    public Step<ResourceManagerState> chooseAbort(ResourceManagerState s) {
        List<Command> out = new ArrayList<>();
        ResourceManagerState next = new ResourceManagerState(RMState.aborted, s.pendingPrepared(), s.seenCommit(), s.seenAbort());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive Commit action ReceiveCommit is enabled. (spec: two-phase-commit-lossy.lstep:81:41)
     */
    public boolean enabledReceiveCommit(ResourceManagerState s, Commit m) {
        return !s.seenCommit().contains(new SrcRecord(m.src()));
    }

    /**
     * Fires on receive Commit action ReceiveCommit (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:81:3)
     */
    public Step<ResourceManagerState> receiveCommit(ResourceManagerState s, Commit m) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new AckCommit(self, m.src())));
        ResourceManagerState next = new ResourceManagerState(RMState.committed, s.pendingPrepared(), SpecValues.union(s.seenCommit(), SpecValues.setOf(new SrcRecord(m.src()))), s.seenAbort());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive Abort action ReceiveAbort is enabled. (spec: two-phase-commit-lossy.lstep:84:41)
     */
    public boolean enabledReceiveAbort(ResourceManagerState s, Abort m) {
        return !s.seenAbort().contains(new SrcRecord(m.src()));
    }

    /**
     * Fires on receive Abort action ReceiveAbort (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:84:3)
     */
    public Step<ResourceManagerState> receiveAbort(ResourceManagerState s, Abort m) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new AckAbort(self, m.src())));
        ResourceManagerState next = new ResourceManagerState(RMState.aborted, s.pendingPrepared(), s.seenCommit(), SpecValues.union(s.seenAbort(), SpecValues.setOf(new SrcRecord(m.src()))));
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * The domain of parameter out of action RetransmitPrepared, in the spec's canonical order. (spec: two-phase-commit-lossy.lstep:89:62)
     */
    public Set<DstRmRecord> retransmitPreparedDomainOut(ResourceManagerState s) {
        return s.pendingPrepared();
    }

    /**
     * Whether timer action RetransmitPrepared is enabled: each parameter in its domain and the guard holds. (spec: two-phase-commit-lossy.lstep:89:35)
     */
    public boolean enabledRetransmitPrepared(ResourceManagerState s, DstRmRecord out2) {
        return retransmitPreparedDomainOut(s).contains(out2) && guardRetransmitPrepared(s, out2);
    }

    /**
     * The guard of RetransmitPrepared for parameters drawn from their domains. (spec: two-phase-commit-lossy.lstep:89:35)
     */
    private boolean guardRetransmitPrepared(ResourceManagerState s, DstRmRecord out2) {
        return true;
    }

    /**
     * Fires timer action RetransmitPrepared (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:89:3)
     */
    public Step<ResourceManagerState> retransmitPrepared(ResourceManagerState s, DstRmRecord out2) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new Prepared(self, out2.dst_(), out2.rm())));
        ResourceManagerState next = new ResourceManagerState(s.state(), s.pendingPrepared(), s.seenCommit(), s.seenAbort());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether timer action RetransmitPrepared is enabled for some parameter binding. (spec: two-phase-commit-lossy.lstep:89:3)
     */
    private boolean anyEnabledRetransmitPrepared(ResourceManagerState s) {
        return SpecValues.exists(retransmitPreparedDomainOut(s), out2 -> enabledRetransmitPrepared(s, out2));
    }

    /**
     * Whether on receive AckPrepared action ReceiveAckPrepared is enabled. (spec: two-phase-commit-lossy.lstep:91:31)
     */
    public boolean enabledReceiveAckPrepared(ResourceManagerState s, AckPrepared ack) {
        return true;
    }

    /**
     * Fires on receive AckPrepared action ReceiveAckPrepared (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:91:3)
     */
    public Step<ResourceManagerState> receiveAckPrepared(ResourceManagerState s, AckPrepared ack) {
        List<Command> out = new ArrayList<>();
        ResourceManagerState next = new ResourceManagerState(s.state(), SpecValues.minus(s.pendingPrepared(), SpecValues.setOf(new DstRmRecord(ack.src(), ack.rm()))), s.seenCommit(), s.seenAbort());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive Commit action DuplicateCommit is enabled. (spec: two-phase-commit-lossy.lstep:94:10)
     */
    public boolean enabledDuplicateCommit(ResourceManagerState s, Commit msg) {
        return s.seenCommit().contains(new SrcRecord(msg.src()));
    }

    /**
     * Fires on receive Commit action DuplicateCommit (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:93:3)
     */
    public Step<ResourceManagerState> duplicateCommit(ResourceManagerState s, Commit msg) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new AckCommit(self, msg.src())));
        ResourceManagerState next = new ResourceManagerState(s.state(), s.pendingPrepared(), s.seenCommit(), s.seenAbort());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive Abort action DuplicateAbort is enabled. (spec: two-phase-commit-lossy.lstep:97:10)
     */
    public boolean enabledDuplicateAbort(ResourceManagerState s, Abort msg) {
        return s.seenAbort().contains(new SrcRecord(msg.src()));
    }

    /**
     * Fires on receive Abort action DuplicateAbort (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-lossy.lstep:96:3)
     */
    public Step<ResourceManagerState> duplicateAbort(ResourceManagerState s, Abort msg) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new AckAbort(self, msg.src())));
        ResourceManagerState next = new ResourceManagerState(s.state(), s.pendingPrepared(), s.seenCommit(), s.seenAbort());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Asks for the timer of each timer action enabled in {@code s}; the runtime arms it unless it is armed already. (spec: two-phase-commit-lossy.lstep:65:1)
     */
    private void armTimers(ResourceManagerState s, List<Command> out) {
        if (anyEnabledRetransmitPrepared(s))
            out.add(new Command.SetTimer("RetransmitPrepared", 200L, 400L));
    }

    /**
     * The actions of role ResourceManager as ActionSpecs, in spec order. (spec: two-phase-commit-lossy.lstep:65:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<ResourceManagerState>> specs() {
        List<ActionSpec<ResourceManagerState>> out = new ArrayList<>();
        ActionSpec.Guard<ResourceManagerState> prepareGuard = (s, p, m) -> enabledPrepare(s);
        ActionSpec.Effect<ResourceManagerState> prepareEffect = (s, p, m) -> prepare(s);
        out.add(new ActionSpec<>("Prepare", Trigger.INPUT, null, 0L, 0L, List.of(), prepareGuard, prepareEffect, "two-phase-commit-lossy.lstep:71:3"));
        ActionSpec.Guard<ResourceManagerState> chooseAbortGuard = (s, p, m) -> enabledChooseAbort(s);
        ActionSpec.Effect<ResourceManagerState> chooseAbortEffect = (s, p, m) -> chooseAbort(s);
        out.add(new ActionSpec<>("ChooseAbort", Trigger.INPUT, null, 0L, 0L, List.of(), chooseAbortGuard, chooseAbortEffect, "two-phase-commit-lossy.lstep:77:3"));
        ActionSpec.Guard<ResourceManagerState> receiveCommitGuard = (s, p, m) -> enabledReceiveCommit(s, (Commit) m);
        ActionSpec.Effect<ResourceManagerState> receiveCommitEffect = (s, p, m) -> receiveCommit(s, (Commit) m);
        out.add(new ActionSpec<>("ReceiveCommit", Trigger.ON_RECEIVE, "Commit", 0L, 0L, List.of(), receiveCommitGuard, receiveCommitEffect, "two-phase-commit-lossy.lstep:81:3"));
        ActionSpec.Guard<ResourceManagerState> receiveAbortGuard = (s, p, m) -> enabledReceiveAbort(s, (Abort) m);
        ActionSpec.Effect<ResourceManagerState> receiveAbortEffect = (s, p, m) -> receiveAbort(s, (Abort) m);
        out.add(new ActionSpec<>("ReceiveAbort", Trigger.ON_RECEIVE, "Abort", 0L, 0L, List.of(), receiveAbortGuard, receiveAbortEffect, "two-phase-commit-lossy.lstep:84:3"));
        ActionSpec.Param<ResourceManagerState> retransmitPreparedOut = new ActionSpec.Param<>("out", (s, p, m) -> SpecValues.elements(retransmitPreparedDomainOut(s)));
        ActionSpec.Guard<ResourceManagerState> retransmitPreparedGuard = (s, p, m) -> guardRetransmitPrepared(s, (DstRmRecord) p.get(0));
        ActionSpec.Effect<ResourceManagerState> retransmitPreparedEffect = (s, p, m) -> retransmitPrepared(s, (DstRmRecord) p.get(0));
        out.add(new ActionSpec<>("RetransmitPrepared", Trigger.TIMER, null, 200L, 400L, List.of(retransmitPreparedOut), retransmitPreparedGuard, retransmitPreparedEffect, "two-phase-commit-lossy.lstep:89:3"));
        ActionSpec.Guard<ResourceManagerState> receiveAckPreparedGuard = (s, p, m) -> enabledReceiveAckPrepared(s, (AckPrepared) m);
        ActionSpec.Effect<ResourceManagerState> receiveAckPreparedEffect = (s, p, m) -> receiveAckPrepared(s, (AckPrepared) m);
        out.add(new ActionSpec<>("ReceiveAckPrepared", Trigger.ON_RECEIVE, "AckPrepared", 0L, 0L, List.of(), receiveAckPreparedGuard, receiveAckPreparedEffect, "two-phase-commit-lossy.lstep:91:3"));
        ActionSpec.Guard<ResourceManagerState> duplicateCommitGuard = (s, p, m) -> enabledDuplicateCommit(s, (Commit) m);
        ActionSpec.Effect<ResourceManagerState> duplicateCommitEffect = (s, p, m) -> duplicateCommit(s, (Commit) m);
        out.add(new ActionSpec<>("DuplicateCommit", Trigger.ON_RECEIVE, "Commit", 0L, 0L, List.of(), duplicateCommitGuard, duplicateCommitEffect, "two-phase-commit-lossy.lstep:93:3"));
        ActionSpec.Guard<ResourceManagerState> duplicateAbortGuard = (s, p, m) -> enabledDuplicateAbort(s, (Abort) m);
        ActionSpec.Effect<ResourceManagerState> duplicateAbortEffect = (s, p, m) -> duplicateAbort(s, (Abort) m);
        out.add(new ActionSpec<>("DuplicateAbort", Trigger.ON_RECEIVE, "Abort", 0L, 0L, List.of(), duplicateAbortGuard, duplicateAbortEffect, "two-phase-commit-lossy.lstep:96:3"));
        return List.copyOf(out);
    }
}
