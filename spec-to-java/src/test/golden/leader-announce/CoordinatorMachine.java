package gen.leaderannounce;

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
 * Role Coordinator of protocol LeaderAnnounce for one node: pure functions of the local state; commands are returned as data. (spec: leader-announce.lstep:20:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce.lstep")
public final class CoordinatorMachine implements RoleMachine<CoordinatorState> {

    private final LeaderAnnounceConstants constants;

    private final NodeId self;

    private final List<ActionSpec<CoordinatorState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: leader-announce.lstep:20:1)
     */
    public CoordinatorMachine(LeaderAnnounceConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: leader-announce.lstep:20:1)
     */
    @Override
    public String role() {
        return "Coordinator";
    }

    /**
     * The node this machine runs. (spec: leader-announce.lstep:20:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: leader-announce.lstep:20:1)
     */
    @Override
    public List<CoordinatorState> initialStates() {
        List<CoordinatorState> out = new ArrayList<>();
        for (Map<NodeId, Long> priority : SpecValues.functionSet(constants.Nodes(), SpecValues.range(1L, 2L), "leader-announce.lstep:21:36")) {
            List<NodeId> leader = SpecValues.seqOf();
            long round = 0L;
            Set<NodeId> acked = SpecValues.setOf();
            out.add(new CoordinatorState(priority, leader, round, acked));
        }
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: leader-announce.lstep:20:1)
     */
    @Override
    public List<Command> start(CoordinatorState initial) {
        List<Command> out = new ArrayList<>();
        armTimers(initial, out);
        return List.copyOf(out);
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: leader-announce.lstep:20:1)
     */
    @Override
    public List<ActionSpec<CoordinatorState>> actions() {
        return actions;
    }

    /**
     * The domain of parameter c of action Pick, in the spec's canonical order. (spec: leader-announce.lstep:26:26)
     */
    public Set<NodeId> pickDomainC(CoordinatorState s) {
        return constants.Nodes();
    }

    /**
     * Whether auto action Pick is enabled: each parameter in its domain and the guard holds. (spec: leader-announce.lstep:27:10)
     */
    public boolean enabledPick(CoordinatorState s, NodeId c) {
        return pickDomainC(s).contains(c) && guardPick(s, c);
    }

    /**
     * The guard of Pick for parameters drawn from their domains. (spec: leader-announce.lstep:27:10)
     */
    private boolean guardPick(CoordinatorState s, NodeId c) {
        return s.leader().equals(SpecValues.seqOf()) && SpecValues.forall(constants.Nodes(), n -> SpecValues.apply(s.priority(), n, "leader-announce.lstep:27:45") <= SpecValues.apply(s.priority(), c, "leader-announce.lstep:27:60"));
    }

    /**
     * Fires auto action Pick (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: leader-announce.lstep:26:3)
     */
    public Step<CoordinatorState> pick(CoordinatorState s, NodeId c) {
        List<Command> out = new ArrayList<>();
        CoordinatorState next = new CoordinatorState(s.priority(), SpecValues.seqOf(c), s.round(), s.acked());
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Whether timer action Announce is enabled. (spec: leader-announce.lstep:31:10)
     */
    public boolean enabledAnnounce(CoordinatorState s) {
        return !s.leader().equals(SpecValues.seqOf());
    }

    /**
     * Fires timer action Announce (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: leader-announce.lstep:30:3)
     */
    public Step<CoordinatorState> announce(CoordinatorState s) {
        try {
            List<Command> out = new ArrayList<>();
            for (NodeId dst : constants.Nodes()) {
                out.add(new Command.Send(new Announce(self, dst, SpecValues.head(s.leader(), "leader-announce.lstep:33:32"), Math.addExact(s.round(), 1L))));
            }
            CoordinatorState next = new CoordinatorState(s.priority(), s.leader(), Math.addExact(s.round(), 1L), s.acked());
            armTimers(next, out);
            return new Step<>(next, out);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Announce", "leader-announce.lstep:30:3");
        }
    }

    /**
     * Whether timer action Announce is enabled for some parameter binding. (spec: leader-announce.lstep:30:3)
     */
    private boolean anyEnabledAnnounce(CoordinatorState s) {
        return enabledAnnounce(s);
    }

    /**
     * Whether on receive Ack action Acked is enabled. (spec: leader-announce.lstep:35:24)
     */
    public boolean enabledAcked(CoordinatorState s, Ack m) {
        return true;
    }

    /**
     * Fires on receive Ack action Acked (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: leader-announce.lstep:35:3)
     */
    public Step<CoordinatorState> acked(CoordinatorState s, Ack m) {
        List<Command> out = new ArrayList<>();
        CoordinatorState next = new CoordinatorState(s.priority(), s.leader(), s.round(), SpecValues.union(s.acked(), SpecValues.setOf(m.src())));
        armTimers(next, out);
        return new Step<>(next, out);
    }

    /**
     * Asks for the timer of each timer action enabled in {@code s}; the runtime arms it unless it is armed already. (spec: leader-announce.lstep:20:1)
     */
    private void armTimers(CoordinatorState s, List<Command> out) {
        if (anyEnabledAnnounce(s))
            out.add(new Command.SetTimer("Announce", 20L, 20L));
    }

    /**
     * The actions of role Coordinator as ActionSpecs, in spec order. (spec: leader-announce.lstep:20:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<CoordinatorState>> specs() {
        List<ActionSpec<CoordinatorState>> out = new ArrayList<>();
        ActionSpec.Param<CoordinatorState> pickC = new ActionSpec.Param<>("c", (s, p, m) -> SpecValues.elements(pickDomainC(s)));
        ActionSpec.Guard<CoordinatorState> pickGuard = (s, p, m) -> guardPick(s, (NodeId) p.get(0));
        ActionSpec.Effect<CoordinatorState> pickEffect = (s, p, m) -> pick(s, (NodeId) p.get(0));
        out.add(new ActionSpec<>("Pick", Trigger.AUTO, null, 0L, 0L, List.of(pickC), pickGuard, pickEffect, "leader-announce.lstep:26:3"));
        ActionSpec.Guard<CoordinatorState> announceGuard = (s, p, m) -> enabledAnnounce(s);
        ActionSpec.Effect<CoordinatorState> announceEffect = (s, p, m) -> announce(s);
        out.add(new ActionSpec<>("Announce", Trigger.TIMER, null, 20L, 20L, List.of(), announceGuard, announceEffect, "leader-announce.lstep:30:3"));
        ActionSpec.Guard<CoordinatorState> ackedGuard = (s, p, m) -> enabledAcked(s, (Ack) m);
        ActionSpec.Effect<CoordinatorState> ackedEffect = (s, p, m) -> acked(s, (Ack) m);
        out.add(new ActionSpec<>("Acked", Trigger.ON_RECEIVE, "Ack", 0L, 0L, List.of(), ackedGuard, ackedEffect, "leader-announce.lstep:35:3"));
        return List.copyOf(out);
    }
}
