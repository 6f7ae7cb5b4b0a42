package gen.hierelectionnotransfer;

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
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Role Member of protocol HierElectionNoTransfer for one node: pure functions of the local state; commands are returned as data. (spec: hier-election-no-transfer.lstep:26:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election-no-transfer.lstep")
public final class MemberMachine implements RoleMachine<MemberState> {

    private final HierElectionNoTransferConstants constants;

    private final NodeId self;

    private final List<ActionSpec<MemberState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: hier-election-no-transfer.lstep:26:1)
     */
    public MemberMachine(HierElectionNoTransferConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: hier-election-no-transfer.lstep:26:1)
     */
    @Override
    public String role() {
        return "Member";
    }

    /**
     * The node this machine runs. (spec: hier-election-no-transfer.lstep:26:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: hier-election-no-transfer.lstep:26:1)
     */
    @Override
    public List<MemberState> initialStates() {
        List<MemberState> out = new ArrayList<>();
        NodeId chief = constants.Chief(self);
        boolean rep = constants.Chief(self).equals(self);
        Set<NodeId> heard = SpecValues.setOf(self);
        long best = SpecValues.apply(constants.Id(), self, "hier-election-no-transfer.lstep:30:19");
        long localLeader = 0L;
        long globalMin = 0L;
        Set<NodeId> groupsHeard = SpecValues.setOf();
        out.add(new MemberState(chief, rep, heard, best, localLeader, globalMin, groupsHeard));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: hier-election-no-transfer.lstep:26:1)
     */
    @Override
    public List<Command> start(MemberState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: hier-election-no-transfer.lstep:26:1)
     */
    @Override
    public List<ActionSpec<MemberState>> actions() {
        return actions;
    }

    /**
     * Whether auto action Announce is enabled. (spec: hier-election-no-transfer.lstep:35:20)
     */
    public boolean enabledAnnounce(MemberState s) {
        return true;
    }

    /**
     * Fires auto action Announce (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election-no-transfer.lstep:35:3)
     */
    public Step<MemberState> announce(MemberState s) {
        try {
            List<Command> out = new ArrayList<>();
            for (NodeId dst : SpecValues.minus(constants.GroupOf(self), SpecValues.setOf(self))) {
                out.add(new Command.Send(new Cand(self, dst, SpecValues.apply(constants.Id(), self, "hier-election-no-transfer.lstep:36:24"))));
            }
            MemberState next = new MemberState(s.chief(), s.rep(), s.heard(), s.best(), s.localLeader(), s.globalMin(), s.groupsHeard());
            return new Step<>(next, out);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Announce", "hier-election-no-transfer.lstep:35:3");
        }
    }

    /**
     * Whether on receive Cand action Hear is enabled. (spec: hier-election-no-transfer.lstep:38:30)
     */
    public boolean enabledHear(MemberState s, Cand m) {
        return true;
    }

    /**
     * Fires on receive Cand action Hear (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election-no-transfer.lstep:38:3)
     */
    public Step<MemberState> hear(MemberState s, Cand m) {
        MemberState next = new MemberState(s.chief(), s.rep(), SpecValues.union(s.heard(), SpecValues.setOf(m.src())), SpecValues.min(SpecValues.setOf(s.best(), m.id()), "hier-election-no-transfer.lstep:40:16"), s.localLeader(), s.globalMin(), s.groupsHeard());
        return new Step<>(next, List.of());
    }

    /**
     * Whether auto action Decide is enabled. (spec: hier-election-no-transfer.lstep:43:10)
     */
    public boolean enabledDecide(MemberState s) {
        try {
            return (s.rep() && (s.localLeader() == 0L)) && s.heard().equals(constants.GroupOf(self));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Decide", "hier-election-no-transfer.lstep:42:3");
        }
    }

    /**
     * Fires auto action Decide (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election-no-transfer.lstep:42:3)
     */
    public Step<MemberState> decide(MemberState s) {
        try {
            List<Command> out = new ArrayList<>();
            for (NodeId dst : SpecValues.minus(constants.GroupOf(self), SpecValues.setOf(self))) {
                out.add(new Command.Send(new Decided(self, dst, s.best())));
            }
            MemberState next = new MemberState(s.chief(), s.rep(), s.heard(), s.best(), s.best(), s.globalMin(), s.groupsHeard());
            return new Step<>(next, out);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Decide", "hier-election-no-transfer.lstep:42:3");
        }
    }

    /**
     * Whether on receive Decided action Learn is enabled. (spec: hier-election-no-transfer.lstep:48:10)
     */
    public boolean enabledLearn(MemberState s, Decided m) {
        return s.localLeader() == 0L;
    }

    /**
     * Fires on receive Decided action Learn (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election-no-transfer.lstep:47:3)
     */
    public Step<MemberState> learn(MemberState s, Decided m) {
        MemberState next = new MemberState(s.chief(), s.rep(), s.heard(), s.best(), m.leader(), s.globalMin(), s.groupsHeard());
        return new Step<>(next, List.of());
    }

    /**
     * Whether auto action Up is enabled. (spec: hier-election-no-transfer.lstep:52:10)
     */
    public boolean enabledUp(MemberState s) {
        return s.rep() && !(s.localLeader() == 0L);
    }

    /**
     * Fires auto action Up (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election-no-transfer.lstep:51:3)
     */
    public Step<MemberState> up(MemberState s) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : constants.Nodes()) {
            out.add(new Command.Send(new Report(self, dst, s.chief(), s.localLeader())));
        }
        MemberState next = new MemberState(s.chief(), s.rep(), s.heard(), s.best(), s.localLeader(), s.globalMin(), s.groupsHeard());
        return new Step<>(next, out);
    }

    /**
     * Whether on receive Down action Takeover is enabled. (spec: hier-election-no-transfer.lstep:56:10)
     */
    public boolean enabledTakeover(MemberState s, Down m) {
        return !s.rep();
    }

    /**
     * Fires on receive Down action Takeover (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election-no-transfer.lstep:55:3)
     */
    public Step<MemberState> takeover(MemberState s, Down m) {
        MemberState next = new MemberState(s.chief(), true, s.heard(), s.best(), s.best(), s.globalMin(), s.groupsHeard());
        return new Step<>(next, List.of());
    }

    /**
     * Whether on receive Report action Combine is enabled. (spec: hier-election-no-transfer.lstep:60:32)
     */
    public boolean enabledCombine(MemberState s, Report m) {
        return true;
    }

    /**
     * Fires on receive Report action Combine (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election-no-transfer.lstep:60:3)
     */
    public Step<MemberState> combine(MemberState s, Report m) {
        MemberState next = new MemberState(s.chief(), s.rep(), s.heard(), s.best(), s.localLeader(), (s.globalMin() == 0L) ? m.leader() : SpecValues.min(SpecValues.setOf(s.globalMin(), m.leader()), "hier-election-no-transfer.lstep:61:57"), SpecValues.union(s.groupsHeard(), SpecValues.setOf(m.chief())));
        return new Step<>(next, List.of());
    }

    /**
     * The spec declares role Member {@code crashes}. (spec: hier-election-no-transfer.lstep:26:1)
     */
    @Override
    public boolean crashes() {
        return true;
    }

    /**
     * The durable variables of role Member, which a node keeps on disk. (spec: hier-election-no-transfer.lstep:26:1)
     */
    @Override
    public List<String> durableVariables() {
        return List.of("localLeader", "globalMin", "groupsHeard");
    }

    /**
     * Recovers from a crash in {@code crashed}: volatile variables back to their initial values, durable ones kept, then on restart. (spec: hier-election-no-transfer.lstep:64:3)
     */
    @Override
    public Step<MemberState> restart(MemberState crashed) {
        MemberState s = new MemberState(constants.Chief(self), constants.Chief(self).equals(self), SpecValues.setOf(self), SpecValues.apply(constants.Id(), self, "hier-election-no-transfer.lstep:30:19"), crashed.localLeader(), crashed.globalMin(), crashed.groupsHeard());
        List<Command> out = new ArrayList<>();
        for (NodeId dst : constants.GroupOf(self)) {
            out.add(new Command.Send(new Down(self, dst)));
        }
        MemberState next = new MemberState(s.chief(), false, s.heard(), s.best(), s.localLeader(), s.globalMin(), s.groupsHeard());
        return new Step<>(next, out);
    }

    /**
     * The actions of role Member as ActionSpecs, in spec order. (spec: hier-election-no-transfer.lstep:26:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<MemberState>> specs() {
        List<ActionSpec<MemberState>> out = new ArrayList<>();
        ActionSpec.Guard<MemberState> announceGuard = (s, p, m) -> enabledAnnounce(s);
        ActionSpec.Effect<MemberState> announceEffect = (s, p, m) -> announce(s);
        out.add(new ActionSpec<>("Announce", Trigger.AUTO, null, 0L, 0L, List.of(), announceGuard, announceEffect, "hier-election-no-transfer.lstep:35:3"));
        ActionSpec.Guard<MemberState> hearGuard = (s, p, m) -> enabledHear(s, (Cand) m);
        ActionSpec.Effect<MemberState> hearEffect = (s, p, m) -> hear(s, (Cand) m);
        out.add(new ActionSpec<>("Hear", Trigger.ON_RECEIVE, "Cand", 0L, 0L, List.of(), hearGuard, hearEffect, "hier-election-no-transfer.lstep:38:3"));
        ActionSpec.Guard<MemberState> decideGuard = (s, p, m) -> enabledDecide(s);
        ActionSpec.Effect<MemberState> decideEffect = (s, p, m) -> decide(s);
        out.add(new ActionSpec<>("Decide", Trigger.AUTO, null, 0L, 0L, List.of(), decideGuard, decideEffect, "hier-election-no-transfer.lstep:42:3"));
        ActionSpec.Guard<MemberState> learnGuard = (s, p, m) -> enabledLearn(s, (Decided) m);
        ActionSpec.Effect<MemberState> learnEffect = (s, p, m) -> learn(s, (Decided) m);
        out.add(new ActionSpec<>("Learn", Trigger.ON_RECEIVE, "Decided", 0L, 0L, List.of(), learnGuard, learnEffect, "hier-election-no-transfer.lstep:47:3"));
        ActionSpec.Guard<MemberState> upGuard = (s, p, m) -> enabledUp(s);
        ActionSpec.Effect<MemberState> upEffect = (s, p, m) -> up(s);
        out.add(new ActionSpec<>("Up", Trigger.AUTO, null, 0L, 0L, List.of(), upGuard, upEffect, "hier-election-no-transfer.lstep:51:3"));
        ActionSpec.Guard<MemberState> takeoverGuard = (s, p, m) -> enabledTakeover(s, (Down) m);
        ActionSpec.Effect<MemberState> takeoverEffect = (s, p, m) -> takeover(s, (Down) m);
        out.add(new ActionSpec<>("Takeover", Trigger.ON_RECEIVE, "Down", 0L, 0L, List.of(), takeoverGuard, takeoverEffect, "hier-election-no-transfer.lstep:55:3"));
        ActionSpec.Guard<MemberState> combineGuard = (s, p, m) -> enabledCombine(s, (Report) m);
        ActionSpec.Effect<MemberState> combineEffect = (s, p, m) -> combine(s, (Report) m);
        out.add(new ActionSpec<>("Combine", Trigger.ON_RECEIVE, "Report", 0L, 0L, List.of(), combineGuard, combineEffect, "hier-election-no-transfer.lstep:60:3"));
        return List.copyOf(out);
    }
}
