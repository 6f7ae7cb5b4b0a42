package gen.tworingsrankasid;

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
 * Role Lower_Node of protocol TwoRingsRankAsId for one node: pure functions of the local state; commands are returned as data. (spec: chang-roberts.lstep:24:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-rings-rank-as-id.lstep")
public final class Lower_NodeMachine implements RoleMachine<Lower_NodeState> {

    private final TwoRingsRankAsIdConstants constants;

    private final NodeId self;

    private final List<ActionSpec<Lower_NodeState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: chang-roberts.lstep:24:1)
     */
    public Lower_NodeMachine(TwoRingsRankAsIdConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: chang-roberts.lstep:24:1)
     */
    @Override
    public String role() {
        return "Lower_Node";
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
    public List<Lower_NodeState> initialStates() {
        List<Lower_NodeState> out = new ArrayList<>();
        boolean started = false;
        boolean leader = false;
        out.add(new Lower_NodeState(started, leader));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: chang-roberts.lstep:24:1)
     */
    @Override
    public List<Command> start(Lower_NodeState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: chang-roberts.lstep:24:1)
     */
    @Override
    public List<ActionSpec<Lower_NodeState>> actions() {
        return actions;
    }

    /**
     * Whether auto action Start is enabled. (spec: chang-roberts.lstep:29:10)
     */
    public boolean enabledStart(Lower_NodeState s) {
        return !s.started();
    }

    /**
     * Fires auto action Start (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts.lstep:28:3)
     */
    public Step<Lower_NodeState> startStep(Lower_NodeState s) {
        try {
            Lower_NodeState next = new Lower_NodeState(true, s.leader());
            return new Step<>(next, List.of(new Command.Send(new Lower_Elect(self, constants.Lower_Succ(self), SpecValues.apply(constants.Lower_Id(), self, "chang-roberts.lstep:31:25")))));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Start", "chang-roberts.lstep:28:3");
        }
    }

    /**
     * Whether on receive Lower_Elect action Forward is enabled. (spec: chang-roberts.lstep:34:10)
     */
    public boolean enabledForward(Lower_NodeState s, Lower_Elect m) {
        try {
            return m.id() > SpecValues.apply(constants.Lower_Id(), self, "chang-roberts.lstep:34:17");
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Forward", "chang-roberts.lstep:33:3");
        }
    }

    /**
     * Fires on receive Lower_Elect action Forward (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts.lstep:33:3)
     */
    public Step<Lower_NodeState> forward(Lower_NodeState s, Lower_Elect m) {
        try {
            Lower_NodeState next = new Lower_NodeState(true, s.leader());
            return new Step<>(next, List.of(new Command.Send(new Lower_Elect(self, constants.Lower_Succ(self), m.id()))));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Forward", "chang-roberts.lstep:33:3");
        }
    }

    /**
     * Whether on receive Lower_Elect action Swallow is enabled. (spec: chang-roberts.lstep:39:10)
     */
    public boolean enabledSwallow(Lower_NodeState s, Lower_Elect m) {
        try {
            return (m.id() < SpecValues.apply(constants.Lower_Id(), self, "chang-roberts.lstep:39:17")) && s.started();
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Swallow", "chang-roberts.lstep:38:3");
        }
    }

    /**
     * Fires on receive Lower_Elect action Swallow (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts.lstep:38:3)
     */
    public Step<Lower_NodeState> swallow(Lower_NodeState s, Lower_Elect m) {
        Lower_NodeState next = new Lower_NodeState(s.started(), s.leader());
        return new Step<>(next, List.of());
    }

    /**
     * Whether on receive Lower_Elect action Wake is enabled. (spec: chang-roberts.lstep:43:10)
     */
    public boolean enabledWake(Lower_NodeState s, Lower_Elect m) {
        try {
            return (m.id() < SpecValues.apply(constants.Lower_Id(), self, "chang-roberts.lstep:43:17")) && !s.started();
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Wake", "chang-roberts.lstep:42:3");
        }
    }

    /**
     * Fires on receive Lower_Elect action Wake (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts.lstep:42:3)
     */
    public Step<Lower_NodeState> wake(Lower_NodeState s, Lower_Elect m) {
        try {
            Lower_NodeState next = new Lower_NodeState(true, s.leader());
            return new Step<>(next, List.of(new Command.Send(new Lower_Elect(self, constants.Lower_Succ(self), SpecValues.apply(constants.Lower_Id(), self, "chang-roberts.lstep:45:25")))));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Wake", "chang-roberts.lstep:42:3");
        }
    }

    /**
     * Whether on receive Lower_Elect action Win is enabled. (spec: chang-roberts.lstep:48:10)
     */
    public boolean enabledWin(Lower_NodeState s, Lower_Elect m) {
        try {
            return m.id() == SpecValues.apply(constants.Lower_Id(), self, "chang-roberts.lstep:48:17");
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Win", "chang-roberts.lstep:47:3");
        }
    }

    /**
     * Fires on receive Lower_Elect action Win (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts.lstep:47:3)
     */
    public Step<Lower_NodeState> win(Lower_NodeState s, Lower_Elect m) {
        Lower_NodeState next = new Lower_NodeState(s.started(), true);
        return new Step<>(next, List.of());
    }

    /**
     * Whether auto action Halt is enabled. (spec: chang-roberts.lstep:52:10)
     */
    public boolean enabledHalt(Lower_NodeState s) {
        return s.leader();
    }

    /**
     * Fires auto action Halt (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: chang-roberts.lstep:51:3)
     */
    public Step<Lower_NodeState> halt(Lower_NodeState s) {
        Lower_NodeState next = new Lower_NodeState(s.started(), s.leader());
        return new Step<>(next, List.of());
    }

    /**
     * The actions of role Lower_Node as ActionSpecs, in spec order. (spec: chang-roberts.lstep:24:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<Lower_NodeState>> specs() {
        List<ActionSpec<Lower_NodeState>> out = new ArrayList<>();
        ActionSpec.Guard<Lower_NodeState> startStepGuard = (s, p, m) -> enabledStart(s);
        ActionSpec.Effect<Lower_NodeState> startStepEffect = (s, p, m) -> startStep(s);
        out.add(new ActionSpec<>("Start", Trigger.AUTO, null, 0L, 0L, List.of(), startStepGuard, startStepEffect, "chang-roberts.lstep:28:3"));
        ActionSpec.Guard<Lower_NodeState> forwardGuard = (s, p, m) -> enabledForward(s, (Lower_Elect) m);
        ActionSpec.Effect<Lower_NodeState> forwardEffect = (s, p, m) -> forward(s, (Lower_Elect) m);
        out.add(new ActionSpec<>("Forward", Trigger.ON_RECEIVE, "Lower_Elect", 0L, 0L, List.of(), forwardGuard, forwardEffect, "chang-roberts.lstep:33:3"));
        ActionSpec.Guard<Lower_NodeState> swallowGuard = (s, p, m) -> enabledSwallow(s, (Lower_Elect) m);
        ActionSpec.Effect<Lower_NodeState> swallowEffect = (s, p, m) -> swallow(s, (Lower_Elect) m);
        out.add(new ActionSpec<>("Swallow", Trigger.ON_RECEIVE, "Lower_Elect", 0L, 0L, List.of(), swallowGuard, swallowEffect, "chang-roberts.lstep:38:3"));
        ActionSpec.Guard<Lower_NodeState> wakeGuard = (s, p, m) -> enabledWake(s, (Lower_Elect) m);
        ActionSpec.Effect<Lower_NodeState> wakeEffect = (s, p, m) -> wake(s, (Lower_Elect) m);
        out.add(new ActionSpec<>("Wake", Trigger.ON_RECEIVE, "Lower_Elect", 0L, 0L, List.of(), wakeGuard, wakeEffect, "chang-roberts.lstep:42:3"));
        ActionSpec.Guard<Lower_NodeState> winGuard = (s, p, m) -> enabledWin(s, (Lower_Elect) m);
        ActionSpec.Effect<Lower_NodeState> winEffect = (s, p, m) -> win(s, (Lower_Elect) m);
        out.add(new ActionSpec<>("Win", Trigger.ON_RECEIVE, "Lower_Elect", 0L, 0L, List.of(), winGuard, winEffect, "chang-roberts.lstep:47:3"));
        ActionSpec.Guard<Lower_NodeState> haltGuard = (s, p, m) -> enabledHalt(s);
        ActionSpec.Effect<Lower_NodeState> haltEffect = (s, p, m) -> halt(s);
        out.add(new ActionSpec<>("Halt", Trigger.AUTO, null, 0L, 0L, List.of(), haltGuard, haltEffect, "chang-roberts.lstep:51:3"));
        return List.copyOf(out);
    }
}
