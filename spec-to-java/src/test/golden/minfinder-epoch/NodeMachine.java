package gen.minfinderepoch;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.SpecOverflowException;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.api.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Role Node of protocol MinFinderEpoch for one node: pure functions of the local state; commands are returned as data. (spec: minfinder-epoch.lstep:19:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch.lstep")
public final class NodeMachine implements RoleMachine<NodeState> {

    private final MinFinderEpochConstants constants;

    private final NodeId self;

    private final List<ActionSpec<NodeState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: minfinder-epoch.lstep:19:1)
     */
    public NodeMachine(MinFinderEpochConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: minfinder-epoch.lstep:19:1)
     */
    @Override
    public String role() {
        return "Node";
    }

    /**
     * The node this machine runs. (spec: minfinder-epoch.lstep:19:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: minfinder-epoch.lstep:19:1)
     */
    @Override
    public List<NodeState> initialStates() {
        List<NodeState> out = new ArrayList<>();
        for (Long init : constants.Values()) {
            boolean alive = true;
            long epoch = 0L;
            long cur = init;
            long nxt = init;
            out.add(new NodeState(init, alive, epoch, cur, nxt));
        }
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: minfinder-epoch.lstep:19:1)
     */
    @Override
    public List<Command> start(NodeState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: minfinder-epoch.lstep:19:1)
     */
    @Override
    public List<ActionSpec<NodeState>> actions() {
        return actions;
    }

    /**
     * Whether auto action EndEpoch is enabled. (spec: minfinder-epoch.lstep:34:34)
     */
    public boolean enabledEndEpoch(NodeState s) {
        return s.alive() && (s.epoch() < constants.Epochs());
    }

    /**
     * Fires auto action EndEpoch (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: minfinder-epoch.lstep:34:3)
     */
    public Step<NodeState> endEpoch(NodeState s) {
        try {
            NodeState next = new NodeState(s.init(), s.alive(), Math.addExact(s.epoch(), 1L), s.nxt(), s.init());
            return new Step<>(next, List.of());
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("EndEpoch", "minfinder-epoch.lstep:34:3");
        }
    }

    /**
     * Whether auto action Leave is enabled. (spec: minfinder-epoch.lstep:40:26)
     */
    public boolean enabledLeave(NodeState s) {
        return (self.equals(constants.Leaver()) && s.alive()) && (s.epoch() == 0L);
    }

    /**
     * Fires auto action Leave (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: minfinder-epoch.lstep:40:3)
     */
    public Step<NodeState> leave(NodeState s) {
        NodeState next = new NodeState(s.init(), false, s.epoch(), s.cur(), s.nxt());
        return new Step<>(next, List.of());
    }

    /**
     * The actions of role Node as ActionSpecs, in spec order. (spec: minfinder-epoch.lstep:19:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<NodeState>> specs() {
        List<ActionSpec<NodeState>> out = new ArrayList<>();
        ActionSpec.Guard<NodeState> endEpochGuard = (s, p, m) -> enabledEndEpoch(s);
        ActionSpec.Effect<NodeState> endEpochEffect = (s, p, m) -> endEpoch(s);
        out.add(new ActionSpec<>("EndEpoch", Trigger.AUTO, null, 0L, 0L, List.of(), endEpochGuard, endEpochEffect, "minfinder-epoch.lstep:34:3"));
        ActionSpec.Guard<NodeState> leaveGuard = (s, p, m) -> enabledLeave(s);
        ActionSpec.Effect<NodeState> leaveEffect = (s, p, m) -> leave(s);
        out.add(new ActionSpec<>("Leave", Trigger.AUTO, null, 0L, 0L, List.of(), leaveGuard, leaveEffect, "minfinder-epoch.lstep:40:3"));
        return List.copyOf(out);
    }

    /**
     * The role's exchange actions, in spec order, as f1/f2/f3 for the runtime. (spec: minfinder-epoch.lstep:19:1)
     */
    @Override
    public List<ExchangeSpec<NodeState>> exchanges() {
        return List.of(NodeGossipProjection.spec(constants, self));
    }
}
