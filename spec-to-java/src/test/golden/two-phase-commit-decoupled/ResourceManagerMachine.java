package gen.twophasecommitdecoupled;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.api.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Role ResourceManager of protocol TwoPhaseCommitDecoupled for one node: pure functions of the local state; commands are returned as data. (spec: two-phase-commit-decoupled.lstep:48:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public final class ResourceManagerMachine implements RoleMachine<ResourceManagerState> {

    private final TwoPhaseCommitDecoupledConstants constants;

    private final NodeId self;

    private final List<ActionSpec<ResourceManagerState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: two-phase-commit-decoupled.lstep:48:1)
     */
    public ResourceManagerMachine(TwoPhaseCommitDecoupledConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: two-phase-commit-decoupled.lstep:48:1)
     */
    @Override
    public String role() {
        return "ResourceManager";
    }

    /**
     * The node this machine runs. (spec: two-phase-commit-decoupled.lstep:48:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: two-phase-commit-decoupled.lstep:48:1)
     */
    @Override
    public List<ResourceManagerState> initialStates() {
        List<ResourceManagerState> out = new ArrayList<>();
        RMState state = RMState.working;
        out.add(new ResourceManagerState(state));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: two-phase-commit-decoupled.lstep:48:1)
     */
    @Override
    public List<Command> start(ResourceManagerState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: two-phase-commit-decoupled.lstep:48:1)
     */
    @Override
    public List<ActionSpec<ResourceManagerState>> actions() {
        return actions;
    }

    /**
     * Whether input action Prepare is enabled. (spec: two-phase-commit-decoupled.lstep:52:10)
     */
    public boolean enabledPrepare(ResourceManagerState s) {
        return s.state() == RMState.working;
    }

    /**
     * Fires input action Prepare (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-decoupled.lstep:51:3)
     */
    public Step<ResourceManagerState> prepare(ResourceManagerState s) {
        ResourceManagerState next = new ResourceManagerState(RMState.prepared);
        return new Step<>(next, List.of(new Command.Send(new Prepared(self, constants.TMNode(), self))));
    }

    /**
     * Whether input action ChooseAbort is enabled. (spec: two-phase-commit-decoupled.lstep:57:10)
     */
    public boolean enabledChooseAbort(ResourceManagerState s) {
        return s.state() == RMState.working;
    }

    /**
     * Fires input action ChooseAbort (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-decoupled.lstep:56:3)
     */
    public Step<ResourceManagerState> chooseAbort(ResourceManagerState s) {
        ResourceManagerState next = new ResourceManagerState(RMState.aborted);
        return new Step<>(next, List.of());
    }

    /**
     * Whether on receive Commit action ReceiveCommit is enabled. (spec: two-phase-commit-decoupled.lstep:60:22)
     */
    public boolean enabledReceiveCommit(ResourceManagerState s, Commit m) {
        return true;
    }

    /**
     * Fires on receive Commit action ReceiveCommit (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-decoupled.lstep:60:3)
     */
    public Step<ResourceManagerState> receiveCommit(ResourceManagerState s, Commit m) {
        ResourceManagerState next = new ResourceManagerState(RMState.committed);
        return new Step<>(next, List.of());
    }

    /**
     * Whether on receive Abort action ReceiveAbort is enabled. (spec: two-phase-commit-decoupled.lstep:61:22)
     */
    public boolean enabledReceiveAbort(ResourceManagerState s, Abort m) {
        return true;
    }

    /**
     * Fires on receive Abort action ReceiveAbort (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-decoupled.lstep:61:3)
     */
    public Step<ResourceManagerState> receiveAbort(ResourceManagerState s, Abort m) {
        ResourceManagerState next = new ResourceManagerState(RMState.aborted);
        return new Step<>(next, List.of());
    }

    /**
     * The actions of role ResourceManager as ActionSpecs, in spec order. (spec: two-phase-commit-decoupled.lstep:48:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<ResourceManagerState>> specs() {
        List<ActionSpec<ResourceManagerState>> out = new ArrayList<>();
        ActionSpec.Guard<ResourceManagerState> prepareGuard = (s, p, m) -> enabledPrepare(s);
        ActionSpec.Effect<ResourceManagerState> prepareEffect = (s, p, m) -> prepare(s);
        out.add(new ActionSpec<>("Prepare", Trigger.INPUT, null, 0L, 0L, List.of(), prepareGuard, prepareEffect, "two-phase-commit-decoupled.lstep:51:3"));
        ActionSpec.Guard<ResourceManagerState> chooseAbortGuard = (s, p, m) -> enabledChooseAbort(s);
        ActionSpec.Effect<ResourceManagerState> chooseAbortEffect = (s, p, m) -> chooseAbort(s);
        out.add(new ActionSpec<>("ChooseAbort", Trigger.INPUT, null, 0L, 0L, List.of(), chooseAbortGuard, chooseAbortEffect, "two-phase-commit-decoupled.lstep:56:3"));
        ActionSpec.Guard<ResourceManagerState> receiveCommitGuard = (s, p, m) -> enabledReceiveCommit(s, (Commit) m);
        ActionSpec.Effect<ResourceManagerState> receiveCommitEffect = (s, p, m) -> receiveCommit(s, (Commit) m);
        out.add(new ActionSpec<>("ReceiveCommit", Trigger.ON_RECEIVE, "Commit", 0L, 0L, List.of(), receiveCommitGuard, receiveCommitEffect, "two-phase-commit-decoupled.lstep:60:3"));
        ActionSpec.Guard<ResourceManagerState> receiveAbortGuard = (s, p, m) -> enabledReceiveAbort(s, (Abort) m);
        ActionSpec.Effect<ResourceManagerState> receiveAbortEffect = (s, p, m) -> receiveAbort(s, (Abort) m);
        out.add(new ActionSpec<>("ReceiveAbort", Trigger.ON_RECEIVE, "Abort", 0L, 0L, List.of(), receiveAbortGuard, receiveAbortEffect, "two-phase-commit-decoupled.lstep:61:3"));
        return List.copyOf(out);
    }
}
