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
 * Role CommitProxy of protocol TwoPhaseCommitDecoupled for one node: pure functions of the local state; commands are returned as data. (spec: two-phase-commit-decoupled.lstep:43:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public final class CommitProxyMachine implements RoleMachine<CommitProxyState> {

    private final TwoPhaseCommitDecoupledConstants constants;

    private final NodeId self;

    private final List<ActionSpec<CommitProxyState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: two-phase-commit-decoupled.lstep:43:1)
     */
    public CommitProxyMachine(TwoPhaseCommitDecoupledConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: two-phase-commit-decoupled.lstep:43:1)
     */
    @Override
    public String role() {
        return "CommitProxy";
    }

    /**
     * The node this machine runs. (spec: two-phase-commit-decoupled.lstep:43:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: two-phase-commit-decoupled.lstep:43:1)
     */
    @Override
    public List<CommitProxyState> initialStates() {
        List<CommitProxyState> out = new ArrayList<>();
        out.add(new CommitProxyState());
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: two-phase-commit-decoupled.lstep:43:1)
     */
    @Override
    public List<Command> start(CommitProxyState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: two-phase-commit-decoupled.lstep:43:1)
     */
    @Override
    public List<ActionSpec<CommitProxyState>> actions() {
        return actions;
    }

    /**
     * Whether on receive Commit action ForwardCommit is enabled. (spec: two-phase-commit-decoupled.lstep:44:32)
     */
    public boolean enabledForwardCommit(CommitProxyState s, Commit m) {
        return true;
    }

    /**
     * Fires on receive Commit action ForwardCommit (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: two-phase-commit-decoupled.lstep:44:3)
     */
    public Step<CommitProxyState> forwardCommit(CommitProxyState s, Commit m) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : constants.RM()) {
            out.add(new Command.Send(new Commit(self, dst)));
        }
        CommitProxyState next = new CommitProxyState();
        return new Step<>(next, out);
    }

    /**
     * The actions of role CommitProxy as ActionSpecs, in spec order. (spec: two-phase-commit-decoupled.lstep:43:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<CommitProxyState>> specs() {
        List<ActionSpec<CommitProxyState>> out = new ArrayList<>();
        ActionSpec.Guard<CommitProxyState> forwardCommitGuard = (s, p, m) -> enabledForwardCommit(s, (Commit) m);
        ActionSpec.Effect<CommitProxyState> forwardCommitEffect = (s, p, m) -> forwardCommit(s, (Commit) m);
        out.add(new ActionSpec<>("ForwardCommit", Trigger.ON_RECEIVE, "Commit", 0L, 0L, List.of(), forwardCommitGuard, forwardCommitEffect, "two-phase-commit-decoupled.lstep:44:3"));
        return List.copyOf(out);
    }
}
