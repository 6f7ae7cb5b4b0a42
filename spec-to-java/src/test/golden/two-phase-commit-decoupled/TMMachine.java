package gen.twophasecommitdecoupled;

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
 * Role TM of protocol TwoPhaseCommitDecoupled for one node: pure functions of the local state; commands are returned as data. (spec: two-phase-commit-decoupled.lstep:23:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public final class TMMachine implements RoleMachine<TMState> {

    private final TwoPhaseCommitDecoupledConstants constants;

    private final NodeId self;

    private final List<ActionSpec<TMState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    public TMMachine(TwoPhaseCommitDecoupledConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    @Override
    public String role() {
        return "TM";
    }

    /**
     * The node this machine runs. (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    @Override
    public List<TMState> initialStates() {
        List<TMState> out = new ArrayList<>();
        TMStateEnum state = TMStateEnum.init;
        Set<NodeId> prepared = SpecValues.setOf();
        out.add(new TMState(state, prepared));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    @Override
    public List<Command> start(TMState initial) {
        List<Command> out = new ArrayList<>();
        armTimers(initial, out);
        return List.copyOf(out);
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    @Override
    public List<ActionSpec<TMState>> actions() {
        return actions;
    }

    /**
     * Whether on receive Prepared action ReceivePrepared is enabled. (spec: two-phase-commit-decoupled.lstep:28:10)
     */
    public boolean enabledReceivePrepared(TMState s, Prepared m) {
        return s.state() == TMStateEnum.init;
    }

    /**
     * Fires on receive Prepared action ReceivePrepared (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-decoupled.lstep:27:3)
     */
    public Step<TMState> receivePrepared(TMState s, Prepared m) {
        List<Command> out = new ArrayList<>();
        TMState next = new TMState(s.state(), SpecValues.union(s.prepared(), SpecValues.setOf(m.rm())));
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * The domain of parameter proxy of action Commit, in the spec's canonical order. (spec: two-phase-commit-decoupled.lstep:31:37)
     */
    public Set<NodeId> commitDomainProxy(TMState s) {
        return constants.CommitProxies();
    }

    /**
     * Whether auto action Commit is enabled: each parameter in its domain and the guard holds. (spec: two-phase-commit-decoupled.lstep:32:10)
     */
    public boolean enabledCommit(TMState s, NodeId proxy) {
        return commitDomainProxy(s).contains(proxy) && guardCommit(s, proxy);
    }

    /**
     * The guard of Commit for parameters drawn from their domains. (spec: two-phase-commit-decoupled.lstep:32:10)
     */
    private boolean guardCommit(TMState s, NodeId proxy) {
        return (s.state() == TMStateEnum.init) && s.prepared().equals(constants.RM());
    }

    /**
     * Fires auto action Commit (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-decoupled.lstep:31:3)
     */
    public Step<TMState> commit(TMState s, NodeId proxy) {
        List<Command> out = new ArrayList<>();
        out.add(new Command.Send(new Commit(self, proxy)));
        TMState next = new TMState(TMStateEnum.done, s.prepared());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether timer action Abort is enabled. (spec: two-phase-commit-decoupled.lstep:37:10)
     */
    public boolean enabledAbort(TMState s) {
        return s.state() == TMStateEnum.init;
    }

    /**
     * Fires timer action Abort (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-decoupled.lstep:36:3)
     */
    public Step<TMState> abort(TMState s) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : constants.RM()) {
            out.add(new Command.Send(new Abort(self, dst)));
        }
        TMState next = new TMState(TMStateEnum.done, s.prepared());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether timer action Abort is enabled for some parameter binding. (spec: two-phase-commit-decoupled.lstep:36:3)
     */
    private boolean anyEnabledAbort(TMState s) {
        return enabledAbort(s);
    }

    /**
     * Asks for the timer of each timer action enabled in {@code s}; the runtime arms it unless it is armed already. (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    private void armTimers(TMState s, List<Command> out) {
        if (anyEnabledAbort(s))
            out.add(new Command.SetTimer("Abort", 500L, 1000L));
    }

    /**
     * The actions of role TM as ActionSpecs, in spec order. (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<TMState>> specs() {
        List<ActionSpec<TMState>> out = new ArrayList<>();
        ActionSpec.Guard<TMState> receivePreparedGuard = (s, p, m) -> enabledReceivePrepared(s, (Prepared) m);
        ActionSpec.Effect<TMState> receivePreparedEffect = (s, p, m) -> receivePrepared(s, (Prepared) m);
        out.add(new ActionSpec<>("ReceivePrepared", Trigger.ON_RECEIVE, "Prepared", 0L, 0L, List.of(), receivePreparedGuard, receivePreparedEffect, "two-phase-commit-decoupled.lstep:27:3"));
        ActionSpec.Param<TMState> commitProxy = new ActionSpec.Param<>("proxy", (s, p, m) -> SpecValues.elements(commitDomainProxy(s)));
        ActionSpec.Guard<TMState> commitGuard = (s, p, m) -> guardCommit(s, (NodeId) p.get(0));
        ActionSpec.Effect<TMState> commitEffect = (s, p, m) -> commit(s, (NodeId) p.get(0));
        out.add(new ActionSpec<>("Commit", Trigger.AUTO, null, 0L, 0L, List.of(commitProxy), commitGuard, commitEffect, "two-phase-commit-decoupled.lstep:31:3"));
        ActionSpec.Guard<TMState> abortGuard = (s, p, m) -> enabledAbort(s);
        ActionSpec.Effect<TMState> abortEffect = (s, p, m) -> abort(s);
        out.add(new ActionSpec<>("Abort", Trigger.TIMER, null, 500L, 1000L, List.of(), abortGuard, abortEffect, "two-phase-commit-decoupled.lstep:36:3"));
        return List.copyOf(out);
    }
}
