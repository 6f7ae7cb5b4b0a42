package gen.minfinderepochoperator;

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
 * Role Node of protocol MinFinderEpochOperator for one node: pure functions of the local state; commands are returned as data. (spec: minfinder-epoch-operator.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch-operator.lstep")
public final class NodeMachine implements RoleMachine<NodeState> {

    private final MinFinderEpochOperatorConstants constants;

    private final NodeId self;

    private final List<ActionSpec<NodeState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: minfinder-epoch-operator.lstep:15:1)
     */
    public NodeMachine(MinFinderEpochOperatorConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: minfinder-epoch-operator.lstep:15:1)
     */
    @Override
    public String role() {
        return "Node";
    }

    /**
     * The node this machine runs. (spec: minfinder-epoch-operator.lstep:15:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: minfinder-epoch-operator.lstep:15:1)
     */
    @Override
    public List<NodeState> initialStates() {
        List<NodeState> out = new ArrayList<>();
        for (Long init : constants.Values()) {
            boolean alive = true;
            long cur = init;
            long Pipelined_epoch = 0L;
            long Pipelined_cur = init;
            out.add(new NodeState(init, alive, cur, Pipelined_epoch, Pipelined_cur));
        }
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: minfinder-epoch-operator.lstep:15:1)
     */
    @Override
    public List<Command> start(NodeState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: minfinder-epoch-operator.lstep:15:1)
     */
    @Override
    public List<ActionSpec<NodeState>> actions() {
        return actions;
    }

    /**
     * Whether auto action Leave is enabled. (spec: minfinder-epoch-operator.lstep:30:26)
     */
    public boolean enabledLeave(NodeState s) {
        return (self.equals(constants.Leaver()) && s.alive()) && (s.Pipelined_epoch() == 0L);
    }

    /**
     * Fires auto action Leave (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: minfinder-epoch-operator.lstep:30:3)
     */
    public Step<NodeState> leave(NodeState s) {
        NodeState next = new NodeState(s.init(), false, s.cur(), s.Pipelined_epoch(), s.Pipelined_cur());
        return new Step<>(next, List.of());
    }

    /**
     * Whether auto action Pipelined_end is enabled. (spec: minfinder-epoch-operator.lstep:27:3)
     */
    public boolean enabledPipelined_end(NodeState s) {
        return s.alive() && (s.Pipelined_epoch() < constants.Epochs());
    }

    /**
     * Fires auto action Pipelined_end (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: minfinder-epoch-operator.lstep:27:3)
     */
    public Step<NodeState> pipelined_end(NodeState s) {
        try {
            NodeState next = new NodeState(s.init(), s.alive(), s.Pipelined_cur(), Math.addExact(s.Pipelined_epoch(), 1L), s.init());
            return new Step<>(next, List.of());
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Pipelined_end", "minfinder-epoch-operator.lstep:27:3");
        }
    }

    /**
     * The actions of role Node as ActionSpecs, in spec order. (spec: minfinder-epoch-operator.lstep:15:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<NodeState>> specs() {
        List<ActionSpec<NodeState>> out = new ArrayList<>();
        ActionSpec.Guard<NodeState> leaveGuard = (s, p, m) -> enabledLeave(s);
        ActionSpec.Effect<NodeState> leaveEffect = (s, p, m) -> leave(s);
        out.add(new ActionSpec<>("Leave", Trigger.AUTO, null, 0L, 0L, List.of(), leaveGuard, leaveEffect, "minfinder-epoch-operator.lstep:30:3"));
        ActionSpec.Guard<NodeState> pipelined_endGuard = (s, p, m) -> enabledPipelined_end(s);
        ActionSpec.Effect<NodeState> pipelined_endEffect = (s, p, m) -> pipelined_end(s);
        out.add(new ActionSpec<>("Pipelined_end", Trigger.AUTO, null, 0L, 0L, List.of(), pipelined_endGuard, pipelined_endEffect, "minfinder-epoch-operator.lstep:27:3"));
        return List.copyOf(out);
    }

    /**
     * The role's exchange actions, in spec order, as f1/f2/f3 for the runtime. (spec: minfinder-epoch-operator.lstep:15:1)
     */
    @Override
    public List<ExchangeSpec<NodeState>> exchanges() {
        return List.of(NodePipelinedProjection.spec(constants, self));
    }
}
