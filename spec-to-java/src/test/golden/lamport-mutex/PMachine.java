package gen.lamportmutex;

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
 * Role P of protocol LamportMutex for one node: pure functions of the local state; commands are returned as data. (spec: lamport-mutex.lstep:27:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "lamport-mutex.lstep")
public final class PMachine implements RoleMachine<PState> {

    private final LamportMutexConstants constants;

    private final NodeId self;

    private final List<ActionSpec<PState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: lamport-mutex.lstep:27:1)
     */
    public PMachine(LamportMutexConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: lamport-mutex.lstep:27:1)
     */
    @Override
    public String role() {
        return "P";
    }

    /**
     * The node this machine runs. (spec: lamport-mutex.lstep:27:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: lamport-mutex.lstep:27:1)
     */
    @Override
    public List<PState> initialStates() {
        List<PState> out = new ArrayList<>();
        long clock = 1L;
        Map<NodeId, Long> req = SpecValues.<NodeId, Long>fn(constants.Procs(), q -> 0L);
        Set<NodeId> ack = SpecValues.setOf();
        boolean crit = false;
        out.add(new PState(clock, req, ack, crit));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: lamport-mutex.lstep:27:1)
     */
    @Override
    public List<Command> start(PState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: lamport-mutex.lstep:27:1)
     */
    @Override
    public List<ActionSpec<PState>> actions() {
        return actions;
    }

    /**
     * Whether input action Request is enabled. (spec: lamport-mutex.lstep:34:10)
     */
    public boolean enabledRequest(PState s) {
        return SpecValues.apply(s.req(), self, "lamport-mutex.lstep:34:10") == 0L;
    }

    /**
     * Fires input action Request (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: lamport-mutex.lstep:33:3)
     */
    public Step<PState> request(PState s) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : SpecValues.minus(constants.Procs(), SpecValues.setOf(self))) {
            out.add(new Command.Send(new Req(self, dst, s.clock())));
        }
        PState next = new PState(s.clock(), SpecValues.except(s.req(), self, old -> s.clock(), "lamport-mutex.lstep:35:15"), SpecValues.setOf(self), s.crit());
        return new Step<>(next, out);
    }

    /**
     * Whether on receive Req action ReceiveReq is enabled. (spec: lamport-mutex.lstep:39:17)
     */
    public boolean enabledReceiveReq(PState s, Req m) {
        return true;
    }

    /**
     * Fires on receive Req action ReceiveReq (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: lamport-mutex.lstep:39:3)
     */
    public Step<PState> receiveReq(PState s, Req m) {
        try {
            PState next = new PState((m.clock() > s.clock()) ? Math.addExact(m.clock(), 1L) : Math.addExact(s.clock(), 1L), SpecValues.except(s.req(), m.src(), old -> m.clock(), "lamport-mutex.lstep:40:15"), s.ack(), s.crit());
            return new Step<>(next, List.of(new Command.Send(new Ack(self, m.src()))));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("ReceiveReq", "lamport-mutex.lstep:39:3");
        }
    }

    /**
     * Whether on receive Ack action ReceiveAck is enabled. (spec: lamport-mutex.lstep:44:17)
     */
    public boolean enabledReceiveAck(PState s, Ack m) {
        return true;
    }

    /**
     * Fires on receive Ack action ReceiveAck (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: lamport-mutex.lstep:44:3)
     */
    public Step<PState> receiveAck(PState s, Ack m) {
        PState next = new PState(s.clock(), s.req(), SpecValues.union(s.ack(), SpecValues.setOf(m.src())), s.crit());
        return new Step<>(next, List.of());
    }

    /**
     * Whether auto action Enter is enabled. (spec: lamport-mutex.lstep:50:10)
     */
    public boolean enabledEnter(PState s) {
        return s.ack().equals(constants.Procs()) && SpecValues.forall(SpecValues.minus(constants.Procs(), SpecValues.setOf(self)), q -> ((SpecValues.apply(s.req(), q, "lamport-mutex.lstep:52:18") == 0L) || (SpecValues.apply(s.req(), self, "lamport-mutex.lstep:53:18") < SpecValues.apply(s.req(), q, "lamport-mutex.lstep:53:30"))) || (Objects.equals(SpecValues.apply(s.req(), self, "lamport-mutex.lstep:54:18"), SpecValues.apply(s.req(), q, "lamport-mutex.lstep:54:30")) && (SpecValues.apply(constants.Id(), self, "lamport-mutex.lstep:54:40") < SpecValues.apply(constants.Id(), q, "lamport-mutex.lstep:54:51"))));
    }

    /**
     * Fires auto action Enter (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: lamport-mutex.lstep:49:3)
     */
    public Step<PState> enter(PState s) {
        PState next = new PState(s.clock(), s.req(), s.ack(), true);
        return new Step<>(next, List.of());
    }

    /**
     * Whether auto action Exit is enabled. (spec: lamport-mutex.lstep:58:10)
     */
    public boolean enabledExit(PState s) {
        return s.crit();
    }

    /**
     * Fires auto action Exit (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: lamport-mutex.lstep:57:3)
     */
    public Step<PState> exit(PState s) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : SpecValues.minus(constants.Procs(), SpecValues.setOf(self))) {
            out.add(new Command.Send(new Rel(self, dst)));
        }
        PState next = new PState(s.clock(), SpecValues.except(s.req(), self, old -> 0L, "lamport-mutex.lstep:60:15"), SpecValues.setOf(), false);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive Rel action ReceiveRel is enabled. (spec: lamport-mutex.lstep:64:17)
     */
    public boolean enabledReceiveRel(PState s, Rel m) {
        return true;
    }

    /**
     * Fires on receive Rel action ReceiveRel (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: lamport-mutex.lstep:64:3)
     */
    public Step<PState> receiveRel(PState s, Rel m) {
        PState next = new PState(s.clock(), SpecValues.except(s.req(), m.src(), old -> 0L, "lamport-mutex.lstep:65:15"), s.ack(), s.crit());
        return new Step<>(next, List.of());
    }

    /**
     * The actions of role P as ActionSpecs, in spec order. (spec: lamport-mutex.lstep:27:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<PState>> specs() {
        List<ActionSpec<PState>> out = new ArrayList<>();
        ActionSpec.Guard<PState> requestGuard = (s, p, m) -> enabledRequest(s);
        ActionSpec.Effect<PState> requestEffect = (s, p, m) -> request(s);
        out.add(new ActionSpec<>("Request", Trigger.INPUT, null, 0L, 0L, List.of(), requestGuard, requestEffect, "lamport-mutex.lstep:33:3"));
        ActionSpec.Guard<PState> receiveReqGuard = (s, p, m) -> enabledReceiveReq(s, (Req) m);
        ActionSpec.Effect<PState> receiveReqEffect = (s, p, m) -> receiveReq(s, (Req) m);
        out.add(new ActionSpec<>("ReceiveReq", Trigger.ON_RECEIVE, "Req", 0L, 0L, List.of(), receiveReqGuard, receiveReqEffect, "lamport-mutex.lstep:39:3"));
        ActionSpec.Guard<PState> receiveAckGuard = (s, p, m) -> enabledReceiveAck(s, (Ack) m);
        ActionSpec.Effect<PState> receiveAckEffect = (s, p, m) -> receiveAck(s, (Ack) m);
        out.add(new ActionSpec<>("ReceiveAck", Trigger.ON_RECEIVE, "Ack", 0L, 0L, List.of(), receiveAckGuard, receiveAckEffect, "lamport-mutex.lstep:44:3"));
        ActionSpec.Guard<PState> enterGuard = (s, p, m) -> enabledEnter(s);
        ActionSpec.Effect<PState> enterEffect = (s, p, m) -> enter(s);
        out.add(new ActionSpec<>("Enter", Trigger.AUTO, null, 0L, 0L, List.of(), enterGuard, enterEffect, "lamport-mutex.lstep:49:3"));
        ActionSpec.Guard<PState> exitGuard = (s, p, m) -> enabledExit(s);
        ActionSpec.Effect<PState> exitEffect = (s, p, m) -> exit(s);
        out.add(new ActionSpec<>("Exit", Trigger.AUTO, null, 0L, 0L, List.of(), exitGuard, exitEffect, "lamport-mutex.lstep:57:3"));
        ActionSpec.Guard<PState> receiveRelGuard = (s, p, m) -> enabledReceiveRel(s, (Rel) m);
        ActionSpec.Effect<PState> receiveRelEffect = (s, p, m) -> receiveRel(s, (Rel) m);
        out.add(new ActionSpec<>("ReceiveRel", Trigger.ON_RECEIVE, "Rel", 0L, 0L, List.of(), receiveRelGuard, receiveRelEffect, "lamport-mutex.lstep:64:3"));
        return List.copyOf(out);
    }
}
