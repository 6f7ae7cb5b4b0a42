package gen.changrobertsforwardown;

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
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Role Node of protocol ChangRobertsForwardOwn for one node: pure functions of the local state; commands are returned as data. (spec: chang-roberts-forward-own.lstep:22:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "chang-roberts-forward-own.lstep")
public final class NodeMachine implements RoleMachine<NodeState> {

    private final ChangRobertsForwardOwnConstants constants;

    private final NodeId self;

    private final List<ActionSpec<NodeState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: chang-roberts-forward-own.lstep:22:1)
     */
    public NodeMachine(ChangRobertsForwardOwnConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: chang-roberts-forward-own.lstep:22:1)
     */
    @Override
    public String role() {
        return "Node";
    }

    /**
     * The node this machine runs. (spec: chang-roberts-forward-own.lstep:22:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: chang-roberts-forward-own.lstep:22:1)
     */
    @Override
    public List<NodeState> initialStates() {
        List<NodeState> out = new ArrayList<>();
        boolean started = false;
        boolean leader = false;
        out.add(new NodeState(started, leader));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: chang-roberts-forward-own.lstep:22:1)
     */
    @Override
    public List<Command> start(NodeState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: chang-roberts-forward-own.lstep:22:1)
     */
    @Override
    public List<ActionSpec<NodeState>> actions() {
        return actions;
    }

    /**
     * Whether auto action Start is enabled. (spec: chang-roberts-forward-own.lstep:27:10)
     */
    public boolean enabledStart(NodeState s) {
        return !s.started();
    }

    /**
     * Fires auto action Start (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts-forward-own.lstep:26:3)
     */
    public Step<NodeState> startStep(NodeState s) {
        try {
            NodeState next = new NodeState(true, s.leader());
            return new Step<>(next, List.of(new Command.Send(new Elect(self, constants.Succ(self), SpecValues.apply(constants.Id(), self, "chang-roberts-forward-own.lstep:29:25")))));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Start", "chang-roberts-forward-own.lstep:26:3");
        }
    }

    /**
     * Whether on receive Elect action Forward is enabled. (spec: chang-roberts-forward-own.lstep:32:10)
     */
    public boolean enabledForward(NodeState s, Elect m) {
        return m.id() >= SpecValues.apply(constants.Id(), self, "chang-roberts-forward-own.lstep:32:18");
    }

    /**
     * Fires on receive Elect action Forward (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts-forward-own.lstep:31:3)
     */
    public Step<NodeState> forward(NodeState s, Elect m) {
        try {
            NodeState next = new NodeState(true, s.leader());
            return new Step<>(next, List.of(new Command.Send(new Elect(self, constants.Succ(self), m.id()))));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Forward", "chang-roberts-forward-own.lstep:31:3");
        }
    }

    /**
     * Whether on receive Elect action Swallow is enabled. (spec: chang-roberts-forward-own.lstep:37:10)
     */
    public boolean enabledSwallow(NodeState s, Elect m) {
        return (m.id() < SpecValues.apply(constants.Id(), self, "chang-roberts-forward-own.lstep:37:17")) && s.started();
    }

    /**
     * Fires on receive Elect action Swallow (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts-forward-own.lstep:36:3)
     */
    public Step<NodeState> swallow(NodeState s, Elect m) {
        NodeState next = new NodeState(s.started(), s.leader());
        return new Step<>(next, List.of());
    }

    /**
     * Whether on receive Elect action Wake is enabled. (spec: chang-roberts-forward-own.lstep:41:10)
     */
    public boolean enabledWake(NodeState s, Elect m) {
        return (m.id() < SpecValues.apply(constants.Id(), self, "chang-roberts-forward-own.lstep:41:17")) && !s.started();
    }

    /**
     * Fires on receive Elect action Wake (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts-forward-own.lstep:40:3)
     */
    public Step<NodeState> wake(NodeState s, Elect m) {
        try {
            NodeState next = new NodeState(true, s.leader());
            return new Step<>(next, List.of(new Command.Send(new Elect(self, constants.Succ(self), SpecValues.apply(constants.Id(), self, "chang-roberts-forward-own.lstep:43:25")))));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Wake", "chang-roberts-forward-own.lstep:40:3");
        }
    }

    /**
     * Whether on receive Elect action Win is enabled. (spec: chang-roberts-forward-own.lstep:46:10)
     */
    public boolean enabledWin(NodeState s, Elect m) {
        return m.id() == SpecValues.apply(constants.Id(), self, "chang-roberts-forward-own.lstep:46:17");
    }

    /**
     * Fires on receive Elect action Win (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts-forward-own.lstep:45:3)
     */
    public Step<NodeState> win(NodeState s, Elect m) {
        NodeState next = new NodeState(s.started(), true);
        return new Step<>(next, List.of());
    }

    /**
     * Whether auto action Halt is enabled. (spec: chang-roberts-forward-own.lstep:50:10)
     */
    public boolean enabledHalt(NodeState s) {
        return s.leader();
    }

    /**
     * Fires auto action Halt (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts-forward-own.lstep:49:3)
     */
    public Step<NodeState> halt(NodeState s) {
        NodeState next = new NodeState(s.started(), s.leader());
        return new Step<>(next, List.of());
    }

    /**
     * The actions of role Node as ActionSpecs, in spec order. (spec: chang-roberts-forward-own.lstep:22:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<NodeState>> specs() {
        List<ActionSpec<NodeState>> out = new ArrayList<>();
        ActionSpec.Guard<NodeState> startStepGuard = (s, p, m) -> enabledStart(s);
        ActionSpec.Effect<NodeState> startStepEffect = (s, p, m) -> startStep(s);
        out.add(new ActionSpec<>("Start", Trigger.AUTO, null, 0L, 0L, List.of(), startStepGuard, startStepEffect, "chang-roberts-forward-own.lstep:26:3"));
        ActionSpec.Guard<NodeState> forwardGuard = (s, p, m) -> enabledForward(s, (Elect) m);
        ActionSpec.Effect<NodeState> forwardEffect = (s, p, m) -> forward(s, (Elect) m);
        out.add(new ActionSpec<>("Forward", Trigger.ON_RECEIVE, "Elect", 0L, 0L, List.of(), forwardGuard, forwardEffect, "chang-roberts-forward-own.lstep:31:3"));
        ActionSpec.Guard<NodeState> swallowGuard = (s, p, m) -> enabledSwallow(s, (Elect) m);
        ActionSpec.Effect<NodeState> swallowEffect = (s, p, m) -> swallow(s, (Elect) m);
        out.add(new ActionSpec<>("Swallow", Trigger.ON_RECEIVE, "Elect", 0L, 0L, List.of(), swallowGuard, swallowEffect, "chang-roberts-forward-own.lstep:36:3"));
        ActionSpec.Guard<NodeState> wakeGuard = (s, p, m) -> enabledWake(s, (Elect) m);
        ActionSpec.Effect<NodeState> wakeEffect = (s, p, m) -> wake(s, (Elect) m);
        out.add(new ActionSpec<>("Wake", Trigger.ON_RECEIVE, "Elect", 0L, 0L, List.of(), wakeGuard, wakeEffect, "chang-roberts-forward-own.lstep:40:3"));
        ActionSpec.Guard<NodeState> winGuard = (s, p, m) -> enabledWin(s, (Elect) m);
        ActionSpec.Effect<NodeState> winEffect = (s, p, m) -> win(s, (Elect) m);
        out.add(new ActionSpec<>("Win", Trigger.ON_RECEIVE, "Elect", 0L, 0L, List.of(), winGuard, winEffect, "chang-roberts-forward-own.lstep:45:3"));
        ActionSpec.Guard<NodeState> haltGuard = (s, p, m) -> enabledHalt(s);
        ActionSpec.Effect<NodeState> haltEffect = (s, p, m) -> halt(s);
        out.add(new ActionSpec<>("Halt", Trigger.AUTO, null, 0L, 0L, List.of(), haltGuard, haltEffect, "chang-roberts-forward-own.lstep:49:3"));
        return List.copyOf(out);
    }
}
