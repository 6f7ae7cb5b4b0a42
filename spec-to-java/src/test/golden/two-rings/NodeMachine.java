package gen.tworings;

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
import javax.annotation.processing.Generated;

/**
 * Role Node of protocol TwoRings for one node: pure functions of the local state; commands are returned as data. (spec: chang-roberts.lstep:24:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-rings.lstep")
public final class NodeMachine implements RoleMachine<NodeState> {

    private final TwoRingsConstants constants;

    private final NodeId self;

    /**
     * The instance this node's role belongs to, e.g. {@code Lower}.
     */
    private final String instance;

    private final List<ActionSpec<NodeState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: chang-roberts.lstep:24:1)
     */
    public NodeMachine(String instance, TwoRingsConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.instance = Objects.requireNonNull(instance, "instance");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: chang-roberts.lstep:24:1)
     */
    @Override
    public String role() {
        return instance + "_Node";
    }

    /**
     * The node this machine runs. (spec: chang-roberts.lstep:24:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: chang-roberts.lstep:24:1)
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
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: chang-roberts.lstep:24:1)
     */
    @Override
    public List<Command> start(NodeState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: chang-roberts.lstep:24:1)
     */
    @Override
    public List<ActionSpec<NodeState>> actions() {
        return actions;
    }

    /**
     * Whether auto action Start is enabled. (spec: chang-roberts.lstep:29:10)
     */
    public boolean enabledStart(NodeState s) {
        return !s.started();
    }

    /**
     * Fires auto action Start (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts.lstep:28:3)
     */
    public Step<NodeState> startStep(NodeState s) {
        try {
            NodeState next = new NodeState(true, s.leader());
            return new Step<>(next, List.of(new Command.Send(new Elect(instance, self, instanceSucc(self), SpecValues.apply(instanceId(), self, "chang-roberts.lstep:31:25")))));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Start", "chang-roberts.lstep:28:3");
        }
    }

    /**
     * Whether on receive Elect action Forward is enabled. (spec: chang-roberts.lstep:34:10)
     */
    public boolean enabledForward(NodeState s, Elect m) {
        try {
            return m.id() > SpecValues.apply(instanceId(), self, "chang-roberts.lstep:34:17");
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Forward", "chang-roberts.lstep:33:3");
        }
    }

    /**
     * Fires on receive Elect action Forward (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts.lstep:33:3)
     */
    public Step<NodeState> forward(NodeState s, Elect m) {
        try {
            NodeState next = new NodeState(true, s.leader());
            return new Step<>(next, List.of(new Command.Send(new Elect(instance, self, instanceSucc(self), m.id()))));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Forward", "chang-roberts.lstep:33:3");
        }
    }

    /**
     * Whether on receive Elect action Swallow is enabled. (spec: chang-roberts.lstep:39:10)
     */
    public boolean enabledSwallow(NodeState s, Elect m) {
        try {
            return (m.id() < SpecValues.apply(instanceId(), self, "chang-roberts.lstep:39:17")) && s.started();
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Swallow", "chang-roberts.lstep:38:3");
        }
    }

    /**
     * Fires on receive Elect action Swallow (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts.lstep:38:3)
     */
    public Step<NodeState> swallow(NodeState s, Elect m) {
        NodeState next = new NodeState(s.started(), s.leader());
        return new Step<>(next, List.of());
    }

    /**
     * Whether on receive Elect action Wake is enabled. (spec: chang-roberts.lstep:43:10)
     */
    public boolean enabledWake(NodeState s, Elect m) {
        try {
            return (m.id() < SpecValues.apply(instanceId(), self, "chang-roberts.lstep:43:17")) && !s.started();
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Wake", "chang-roberts.lstep:42:3");
        }
    }

    /**
     * Fires on receive Elect action Wake (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts.lstep:42:3)
     */
    public Step<NodeState> wake(NodeState s, Elect m) {
        try {
            NodeState next = new NodeState(true, s.leader());
            return new Step<>(next, List.of(new Command.Send(new Elect(instance, self, instanceSucc(self), SpecValues.apply(instanceId(), self, "chang-roberts.lstep:45:25")))));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Wake", "chang-roberts.lstep:42:3");
        }
    }

    /**
     * Whether on receive Elect action Win is enabled. (spec: chang-roberts.lstep:48:10)
     */
    public boolean enabledWin(NodeState s, Elect m) {
        try {
            return m.id() == SpecValues.apply(instanceId(), self, "chang-roberts.lstep:48:17");
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Win", "chang-roberts.lstep:47:3");
        }
    }

    /**
     * Fires on receive Elect action Win (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts.lstep:47:3)
     */
    public Step<NodeState> win(NodeState s, Elect m) {
        NodeState next = new NodeState(s.started(), true);
        return new Step<>(next, List.of());
    }

    /**
     * Whether auto action Halt is enabled. (spec: chang-roberts.lstep:52:10)
     */
    public boolean enabledHalt(NodeState s) {
        return s.leader();
    }

    /**
     * Fires auto action Halt (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts.lstep:51:3)
     */
    public Step<NodeState> halt(NodeState s) {
        NodeState next = new NodeState(s.started(), s.leader());
        return new Step<>(next, List.of());
    }

    /**
     * The actions of role Node as ActionSpecs, in spec order. (spec: chang-roberts.lstep:24:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<NodeState>> specs() {
        List<ActionSpec<NodeState>> out = new ArrayList<>();
        ActionSpec.Guard<NodeState> startStepGuard = (s, p, m) -> enabledStart(s);
        ActionSpec.Effect<NodeState> startStepEffect = (s, p, m) -> startStep(s);
        out.add(new ActionSpec<>("Start", Trigger.AUTO, null, 0L, 0L, List.of(), startStepGuard, startStepEffect, "chang-roberts.lstep:28:3"));
        ActionSpec.Guard<NodeState> forwardGuard = (s, p, m) -> enabledForward(s, (Elect) m);
        ActionSpec.Effect<NodeState> forwardEffect = (s, p, m) -> forward(s, (Elect) m);
        out.add(new ActionSpec<>("Forward", Trigger.ON_RECEIVE, instance + "_Elect", 0L, 0L, List.of(), forwardGuard, forwardEffect, "chang-roberts.lstep:33:3"));
        ActionSpec.Guard<NodeState> swallowGuard = (s, p, m) -> enabledSwallow(s, (Elect) m);
        ActionSpec.Effect<NodeState> swallowEffect = (s, p, m) -> swallow(s, (Elect) m);
        out.add(new ActionSpec<>("Swallow", Trigger.ON_RECEIVE, instance + "_Elect", 0L, 0L, List.of(), swallowGuard, swallowEffect, "chang-roberts.lstep:38:3"));
        ActionSpec.Guard<NodeState> wakeGuard = (s, p, m) -> enabledWake(s, (Elect) m);
        ActionSpec.Effect<NodeState> wakeEffect = (s, p, m) -> wake(s, (Elect) m);
        out.add(new ActionSpec<>("Wake", Trigger.ON_RECEIVE, instance + "_Elect", 0L, 0L, List.of(), wakeGuard, wakeEffect, "chang-roberts.lstep:42:3"));
        ActionSpec.Guard<NodeState> winGuard = (s, p, m) -> enabledWin(s, (Elect) m);
        ActionSpec.Effect<NodeState> winEffect = (s, p, m) -> win(s, (Elect) m);
        out.add(new ActionSpec<>("Win", Trigger.ON_RECEIVE, instance + "_Elect", 0L, 0L, List.of(), winGuard, winEffect, "chang-roberts.lstep:47:3"));
        ActionSpec.Guard<NodeState> haltGuard = (s, p, m) -> enabledHalt(s);
        ActionSpec.Effect<NodeState> haltEffect = (s, p, m) -> halt(s);
        out.add(new ActionSpec<>("Halt", Trigger.AUTO, null, 0L, 0L, List.of(), haltGuard, haltEffect, "chang-roberts.lstep:51:3"));
        return List.copyOf(out);
    }

    /**
     * Definition Succ of this node's instance. (spec: chang-roberts.lstep:20:1)
     */
    private NodeId instanceSucc(NodeId n) {
        return switch(instance) {
            case "Lower" ->
                constants.Lower_Succ(n);
            case "Upper" ->
                constants.Upper_Succ(n);
            default ->
                throw new IllegalStateException("no instance " + instance);
        };
    }

    /**
     * Definition Id of this node's instance. (spec: two-rings.lstep:18:77)
     */
    private Map<NodeId, Long> instanceId() {
        return switch(instance) {
            case "Lower" ->
                constants.Lower_Id();
            case "Upper" ->
                constants.Upper_Id();
            default ->
                throw new IllegalStateException("no instance " + instance);
        };
    }
}
