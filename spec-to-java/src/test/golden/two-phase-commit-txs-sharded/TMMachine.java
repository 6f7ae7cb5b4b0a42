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
 * Role TM of protocol TwoPhaseCommitTxsSharded for one node: pure functions of the local state; commands are returned as data. (spec: two-phase-commit-txs-sharded.lstep:34:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-txs-sharded.lstep")
public final class TMMachine implements RoleMachine<TMStateRecord> {

    private final TwoPhaseCommitTxsShardedConstants constants;

    private final NodeId self;

    private final List<ActionSpec<TMStateRecord>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: two-phase-commit-txs-sharded.lstep:34:1)
     */
    public TMMachine(TwoPhaseCommitTxsShardedConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: two-phase-commit-txs-sharded.lstep:34:1)
     */
    @Override
    public String role() {
        return "TM";
    }

    /**
     * The node this machine runs. (spec: two-phase-commit-txs-sharded.lstep:34:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: two-phase-commit-txs-sharded.lstep:34:1)
     */
    @Override
    public List<TMStateRecord> initialStates() {
        List<TMStateRecord> out = new ArrayList<>();
        Map<Long, TMState> state = SpecValues.<Long, TMState>fn(constants.TMKeys(self), t -> TMState.init);
        Map<Long, Set<NodeId>> prepared = SpecValues.<Long, Set<NodeId>>fn(constants.TMKeys(self), t2 -> SpecValues.filter(constants.RM(), r -> false));
        out.add(new TMStateRecord(state, prepared));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: two-phase-commit-txs-sharded.lstep:34:1)
     */
    @Override
    public List<Command> start(TMStateRecord initial) {
        List<Command> out = new ArrayList<>();
        armTimers(initial, out);
        return List.copyOf(out);
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: two-phase-commit-txs-sharded.lstep:34:1)
     */
    @Override
    public List<ActionSpec<TMStateRecord>> actions() {
        return actions;
    }

    /**
     * Whether on receive Prepared action ReceivePrepared is enabled. (spec: two-phase-commit-txs-sharded.lstep:41:10)
     */
    public boolean enabledReceivePrepared(TMStateRecord s, Prepared m) {
        return SpecValues.apply(s.state(), m.tx(), "two-phase-commit-txs-sharded.lstep:41:10") == TMState.init;
    }

    /**
     * Fires on receive Prepared action ReceivePrepared (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-txs-sharded.lstep:40:3)
     */
    public Step<TMStateRecord> receivePrepared(TMStateRecord s, Prepared m) {
        List<Command> out = new ArrayList<>();
        TMStateRecord next = new TMStateRecord(s.state(), SpecValues.except(s.prepared(), m.tx(), old -> SpecValues.union(old, SpecValues.setOf(m.rm())), "two-phase-commit-txs-sharded.lstep:42:20"));
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * The domain of parameter t of action Commit, in the spec's canonical order. (spec: two-phase-commit-txs-sharded.lstep:44:33)
     */
    public Set<Long> commitDomainT(TMStateRecord s) {
        try {
            return constants.TMKeys(self);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Commit", "two-phase-commit-txs-sharded.lstep:44:3");
        }
    }

    /**
     * Whether auto action Commit is enabled: each parameter in its domain and the guard holds. (spec: two-phase-commit-txs-sharded.lstep:45:10)
     */
    public boolean enabledCommit(TMStateRecord s, long t) {
        return commitDomainT(s).contains(t) && guardCommit(s, t);
    }

    /**
     * The guard of Commit for parameters drawn from their domains. (spec: two-phase-commit-txs-sharded.lstep:45:10)
     */
    private boolean guardCommit(TMStateRecord s, long t) {
        return (SpecValues.apply(s.state(), t, "two-phase-commit-txs-sharded.lstep:45:10") == TMState.init) && SpecValues.apply(s.prepared(), t, "two-phase-commit-txs-sharded.lstep:45:29").equals(constants.RM());
    }

    /**
     * Fires auto action Commit (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-txs-sharded.lstep:44:3)
     */
    public Step<TMStateRecord> commit(TMStateRecord s, long t) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : constants.RM()) {
            out.add(new Command.Send(new Commit(self, dst, t)));
        }
        TMStateRecord next = new TMStateRecord(SpecValues.except(s.state(), t, old -> TMState.done, "two-phase-commit-txs-sharded.lstep:46:17"), s.prepared());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * The domain of parameter t of action Abort, in the spec's canonical order. (spec: two-phase-commit-txs-sharded.lstep:49:44)
     */
    public Set<Long> abortDomainT(TMStateRecord s) {
        try {
            return constants.TMKeys(self);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Abort", "two-phase-commit-txs-sharded.lstep:49:3");
        }
    }

    /**
     * Whether timer action Abort is enabled: each parameter in its domain and the guard holds. (spec: two-phase-commit-txs-sharded.lstep:50:10)
     */
    public boolean enabledAbort(TMStateRecord s, long t) {
        return abortDomainT(s).contains(t) && guardAbort(s, t);
    }

    /**
     * The guard of Abort for parameters drawn from their domains. (spec: two-phase-commit-txs-sharded.lstep:50:10)
     */
    private boolean guardAbort(TMStateRecord s, long t) {
        return SpecValues.apply(s.state(), t, "two-phase-commit-txs-sharded.lstep:50:10") == TMState.init;
    }

    /**
     * Fires timer action Abort (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-txs-sharded.lstep:49:3)
     */
    public Step<TMStateRecord> abort(TMStateRecord s, long t) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : constants.RM()) {
            out.add(new Command.Send(new Abort(self, dst, t)));
        }
        TMStateRecord next = new TMStateRecord(SpecValues.except(s.state(), t, old -> TMState.done, "two-phase-commit-txs-sharded.lstep:51:17"), s.prepared());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether timer action Abort is enabled for some parameter binding. (spec: two-phase-commit-txs-sharded.lstep:49:3)
     */
    private boolean anyEnabledAbort(TMStateRecord s) {
        return SpecValues.exists(abortDomainT(s), t -> enabledAbort(s, t));
    }

    /**
     * Asks for the timer of each timer action enabled in {@code s}; the runtime arms it unless it is armed already. (spec: two-phase-commit-txs-sharded.lstep:34:1)
     */
    private void armTimers(TMStateRecord s, List<Command> out) {
        if (anyEnabledAbort(s))
            out.add(new Command.SetTimer("Abort", 500L, 1000L));
    }

    /**
     * The actions of role TM as ActionSpecs, in spec order. (spec: two-phase-commit-txs-sharded.lstep:34:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<TMStateRecord>> specs() {
        List<ActionSpec<TMStateRecord>> out = new ArrayList<>();
        ActionSpec.Guard<TMStateRecord> receivePreparedGuard = (s, p, m) -> enabledReceivePrepared(s, (Prepared) m);
        ActionSpec.Effect<TMStateRecord> receivePreparedEffect = (s, p, m) -> receivePrepared(s, (Prepared) m);
        out.add(new ActionSpec<>("ReceivePrepared", Trigger.ON_RECEIVE, "Prepared", 0L, 0L, List.of(), receivePreparedGuard, receivePreparedEffect, "two-phase-commit-txs-sharded.lstep:40:3"));
        ActionSpec.Param<TMStateRecord> commitT = new ActionSpec.Param<>("t", (s, p, m) -> SpecValues.elements(commitDomainT(s)));
        ActionSpec.Guard<TMStateRecord> commitGuard = (s, p, m) -> guardCommit(s, (Long) p.get(0));
        ActionSpec.Effect<TMStateRecord> commitEffect = (s, p, m) -> commit(s, (Long) p.get(0));
        out.add(new ActionSpec<>("Commit", Trigger.AUTO, null, 0L, 0L, List.of(commitT), commitGuard, commitEffect, "two-phase-commit-txs-sharded.lstep:44:3"));
        ActionSpec.Param<TMStateRecord> abortT = new ActionSpec.Param<>("t", (s, p, m) -> SpecValues.elements(abortDomainT(s)));
        ActionSpec.Guard<TMStateRecord> abortGuard = (s, p, m) -> guardAbort(s, (Long) p.get(0));
        ActionSpec.Effect<TMStateRecord> abortEffect = (s, p, m) -> abort(s, (Long) p.get(0));
        out.add(new ActionSpec<>("Abort", Trigger.TIMER, null, 500L, 1000L, List.of(abortT), abortGuard, abortEffect, "two-phase-commit-txs-sharded.lstep:49:3"));
        return List.copyOf(out);
    }
}
