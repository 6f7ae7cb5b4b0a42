package gen.minfinderleavestale;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.api.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Role Node of protocol MinFinderLeaveStale for one node: pure functions of the local state; commands are returned as data. (spec: minfinder-leave-stale.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-leave-stale.lstep")
public final class NodeMachine implements RoleMachine<NodeState> {

    private final MinFinderLeaveStaleConstants constants;

    private final NodeId self;

    private final List<ActionSpec<NodeState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: minfinder-leave-stale.lstep:14:1)
     */
    public NodeMachine(MinFinderLeaveStaleConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: minfinder-leave-stale.lstep:14:1)
     */
    @Override
    public String role() {
        return "Node";
    }

    /**
     * The node this machine runs. (spec: minfinder-leave-stale.lstep:14:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: minfinder-leave-stale.lstep:14:1)
     */
    @Override
    public List<NodeState> initialStates() {
        List<NodeState> out = new ArrayList<>();
        for (Long init : constants.Values()) {
            boolean alive = true;
            long cur = init;
            out.add(new NodeState(init, alive, cur));
        }
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: minfinder-leave-stale.lstep:14:1)
     */
    @Override
    public List<Command> start(NodeState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: minfinder-leave-stale.lstep:14:1)
     */
    @Override
    public List<ActionSpec<NodeState>> actions() {
        return actions;
    }

    /**
     * Whether auto action Leave is enabled. (spec: minfinder-leave-stale.lstep:25:26)
     */
    public boolean enabledLeave(NodeState s) {
        return self.equals(constants.Leaver()) && s.alive();
    }

    /**
     * Fires auto action Leave (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: minfinder-leave-stale.lstep:25:3)
     */
    public Step<NodeState> leave(NodeState s) {
        NodeState next = new NodeState(s.init(), false, s.cur());
        return new Step<>(next, List.of());
    }

    /**
     * The actions of role Node as ActionSpecs, in spec order. (spec: minfinder-leave-stale.lstep:14:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<NodeState>> specs() {
        List<ActionSpec<NodeState>> out = new ArrayList<>();
        ActionSpec.Guard<NodeState> leaveGuard = (s, p, m) -> enabledLeave(s);
        ActionSpec.Effect<NodeState> leaveEffect = (s, p, m) -> leave(s);
        out.add(new ActionSpec<>("Leave", Trigger.AUTO, null, 0L, 0L, List.of(), leaveGuard, leaveEffect, "minfinder-leave-stale.lstep:25:3"));
        return List.copyOf(out);
    }

    /**
     * The role's exchange actions, in spec order, as f1/f2/f3 for the runtime. (spec: minfinder-leave-stale.lstep:14:1)
     */
    @Override
    public List<ExchangeSpec<NodeState>> exchanges() {
        return List.of(NodeGossipProjection.spec(constants, self));
    }
}
