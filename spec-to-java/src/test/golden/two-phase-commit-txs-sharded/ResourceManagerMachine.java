package gen.twophasecommittxssharded;

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
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Role ResourceManager of protocol TwoPhaseCommitTxsSharded for one node: pure functions of the local state; commands are returned as data. (spec: two-phase-commit-txs-sharded.lstep:55:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-txs-sharded.lstep")
public final class ResourceManagerMachine implements RoleMachine<ResourceManagerState> {

    private final TwoPhaseCommitTxsShardedConstants constants;

    private final NodeId self;

    private final List<ActionSpec<ResourceManagerState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    public ResourceManagerMachine(TwoPhaseCommitTxsShardedConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    @Override
    public String role() {
        return "ResourceManager";
    }

    /**
     * The node this machine runs. (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    @Override
    public List<ResourceManagerState> initialStates() {
        List<ResourceManagerState> out = new ArrayList<>();
        Map<Long, RMState> state = SpecValues.<Long, RMState>fn(constants.Txs(), t -> RMState.working);
        out.add(new ResourceManagerState(state));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    @Override
    public List<Command> start(ResourceManagerState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    @Override
    public List<ActionSpec<ResourceManagerState>> actions() {
        return actions;
    }

    /**
     * The domain of parameter t of action Prepare, in the spec's canonical order. (spec: two-phase-commit-txs-sharded.lstep:58:30)
     */
    public Set<Long> prepareDomainT(ResourceManagerState s) {
        return constants.Txs();
    }

    /**
     * Whether input action Prepare is enabled: each parameter in its domain and the guard holds. (spec: two-phase-commit-txs-sharded.lstep:59:10)
     */
    public boolean enabledPrepare(ResourceManagerState s, long t) {
        return prepareDomainT(s).contains(t) && guardPrepare(s, t);
    }

    /**
     * The guard of Prepare for parameters drawn from their domains. (spec: two-phase-commit-txs-sharded.lstep:59:10)
     */
    private boolean guardPrepare(ResourceManagerState s, long t) {
        return SpecValues.apply(s.state(), t, "two-phase-commit-txs-sharded.lstep:59:10") == RMState.working;
    }

    /**
     * Fires input action Prepare (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-txs-sharded.lstep:58:3)
     */
    public Step<ResourceManagerState> prepare(ResourceManagerState s, long t) {
        try {
            ResourceManagerState next = new ResourceManagerState(SpecValues.except(s.state(), t, old -> RMState.prepared, "two-phase-commit-txs-sharded.lstep:60:17"));
            return new Step<>(next, List.of(new Command.Send(new Prepared(self, constants.TMShard(t), t, self))));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Prepare", "two-phase-commit-txs-sharded.lstep:58:3");
        }
    }

    /**
     * The domain of parameter t of action ChooseAbort, in the spec's canonical order. (spec: two-phase-commit-txs-sharded.lstep:63:34)
     */
    public Set<Long> chooseAbortDomainT(ResourceManagerState s) {
        return constants.Txs();
    }

    /**
     * Whether input action ChooseAbort is enabled: each parameter in its domain and the guard holds. (spec: two-phase-commit-txs-sharded.lstep:64:10)
     */
    public boolean enabledChooseAbort(ResourceManagerState s, long t) {
        return chooseAbortDomainT(s).contains(t) && guardChooseAbort(s, t);
    }

    /**
     * The guard of ChooseAbort for parameters drawn from their domains. (spec: two-phase-commit-txs-sharded.lstep:64:10)
     */
    private boolean guardChooseAbort(ResourceManagerState s, long t) {
        return SpecValues.apply(s.state(), t, "two-phase-commit-txs-sharded.lstep:64:10") == RMState.working;
    }

    /**
     * Fires input action ChooseAbort (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-txs-sharded.lstep:63:3)
     */
    public Step<ResourceManagerState> chooseAbort(ResourceManagerState s, long t) {
        ResourceManagerState next = new ResourceManagerState(SpecValues.except(s.state(), t, old -> RMState.aborted, "two-phase-commit-txs-sharded.lstep:65:17"));
        return new Step<>(next, List.of());
    }

    /**
     * Whether on receive Commit action ReceiveCommit is enabled. (spec: two-phase-commit-txs-sharded.lstep:67:22)
     */
    public boolean enabledReceiveCommit(ResourceManagerState s, Commit m) {
        return true;
    }

    /**
     * Fires on receive Commit action ReceiveCommit (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-txs-sharded.lstep:67:3)
     */
    public Step<ResourceManagerState> receiveCommit(ResourceManagerState s, Commit m) {
        ResourceManagerState next = new ResourceManagerState(SpecValues.except(s.state(), m.tx(), old -> RMState.committed, "two-phase-commit-txs-sharded.lstep:67:41"));
        return new Step<>(next, List.of());
    }

    /**
     * Whether on receive Abort action ReceiveAbort is enabled. (spec: two-phase-commit-txs-sharded.lstep:68:22)
     */
    public boolean enabledReceiveAbort(ResourceManagerState s, Abort m) {
        return true;
    }

    /**
     * Fires on receive Abort action ReceiveAbort (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-txs-sharded.lstep:68:3)
     */
    public Step<ResourceManagerState> receiveAbort(ResourceManagerState s, Abort m) {
        ResourceManagerState next = new ResourceManagerState(SpecValues.except(s.state(), m.tx(), old -> RMState.aborted, "two-phase-commit-txs-sharded.lstep:68:41"));
        return new Step<>(next, List.of());
    }

    /**
     * The actions of role ResourceManager as ActionSpecs, in spec order. (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<ResourceManagerState>> specs() {
        List<ActionSpec<ResourceManagerState>> out = new ArrayList<>();
        ActionSpec.Param<ResourceManagerState> prepareT = new ActionSpec.Param<>("t", (s, p, m) -> SpecValues.elements(prepareDomainT(s)));
        ActionSpec.Guard<ResourceManagerState> prepareGuard = (s, p, m) -> guardPrepare(s, (Long) p.get(0));
        ActionSpec.Effect<ResourceManagerState> prepareEffect = (s, p, m) -> prepare(s, (Long) p.get(0));
        out.add(new ActionSpec<>("Prepare", Trigger.INPUT, null, 0L, 0L, List.of(prepareT), prepareGuard, prepareEffect, "two-phase-commit-txs-sharded.lstep:58:3"));
        ActionSpec.Param<ResourceManagerState> chooseAbortT = new ActionSpec.Param<>("t", (s, p, m) -> SpecValues.elements(chooseAbortDomainT(s)));
        ActionSpec.Guard<ResourceManagerState> chooseAbortGuard = (s, p, m) -> guardChooseAbort(s, (Long) p.get(0));
        ActionSpec.Effect<ResourceManagerState> chooseAbortEffect = (s, p, m) -> chooseAbort(s, (Long) p.get(0));
        out.add(new ActionSpec<>("ChooseAbort", Trigger.INPUT, null, 0L, 0L, List.of(chooseAbortT), chooseAbortGuard, chooseAbortEffect, "two-phase-commit-txs-sharded.lstep:63:3"));
        ActionSpec.Guard<ResourceManagerState> receiveCommitGuard = (s, p, m) -> enabledReceiveCommit(s, (Commit) m);
        ActionSpec.Effect<ResourceManagerState> receiveCommitEffect = (s, p, m) -> receiveCommit(s, (Commit) m);
        out.add(new ActionSpec<>("ReceiveCommit", Trigger.ON_RECEIVE, "Commit", 0L, 0L, List.of(), receiveCommitGuard, receiveCommitEffect, "two-phase-commit-txs-sharded.lstep:67:3"));
        ActionSpec.Guard<ResourceManagerState> receiveAbortGuard = (s, p, m) -> enabledReceiveAbort(s, (Abort) m);
        ActionSpec.Effect<ResourceManagerState> receiveAbortEffect = (s, p, m) -> receiveAbort(s, (Abort) m);
        out.add(new ActionSpec<>("ReceiveAbort", Trigger.ON_RECEIVE, "Abort", 0L, 0L, List.of(), receiveAbortGuard, receiveAbortEffect, "two-phase-commit-txs-sharded.lstep:68:3"));
        return List.copyOf(out);
    }
}
