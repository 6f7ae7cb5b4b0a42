package gen.hierelection;

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
 * Role Member of protocol HierElection for one node: pure functions of the local state; commands are returned as data. (spec: hier-election.lstep:41:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election.lstep")
public final class MemberMachine implements RoleMachine<MemberState> {

    private final HierElectionConstants constants;

    private final NodeId self;

    private final List<ActionSpec<MemberState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: hier-election.lstep:41:1)
     */
    public MemberMachine(HierElectionConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: hier-election.lstep:41:1)
     */
    @Override
    public String role() {
        return "Member";
    }

    /**
     * The node this machine runs. (spec: hier-election.lstep:41:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: hier-election.lstep:41:1)
     */
    @Override
    public List<MemberState> initialStates() {
        List<MemberState> out = new ArrayList<>();
        NodeId chief = constants.Chief(self);
        boolean rep = constants.Chief(self).equals(self);
        Set<NodeId> heard = SpecValues.setOf(self);
        long best = SpecValues.apply(constants.Id(), self, "hier-election.lstep:45:19");
        long localLeader = 0L;
        long globalMin = 0L;
        Set<NodeId> groupsHeard = SpecValues.setOf();
        out.add(new MemberState(chief, rep, heard, best, localLeader, globalMin, groupsHeard));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: hier-election.lstep:41:1)
     */
    @Override
    public List<Command> start(MemberState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: hier-election.lstep:41:1)
     */
    @Override
    public List<ActionSpec<MemberState>> actions() {
        return actions;
    }

    /**
     * Whether auto action Announce is enabled. (spec: hier-election.lstep:50:20)
     */
    public boolean enabledAnnounce(MemberState s) {
        return true;
    }

    /**
     * Fires auto action Announce (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election.lstep:50:3)
     */
    public Step<MemberState> announce(MemberState s) {
        try {
            List<Command> out = new ArrayList<>();
            for (NodeId dst : SpecValues.minus(constants.GroupOf(self), SpecValues.setOf(self))) {
                out.add(new Command.Send(new Cand(self, dst, SpecValues.apply(constants.Id(), self, "hier-election.lstep:51:24"))));
            }
            MemberState next = new MemberState(s.chief(), s.rep(), s.heard(), s.best(), s.localLeader(), s.globalMin(), s.groupsHeard());
            return new Step<>(next, out);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Announce", "hier-election.lstep:50:3");
        }
    }

    /**
     * Whether on receive Cand action Hear is enabled. (spec: hier-election.lstep:53:30)
     */
    public boolean enabledHear(MemberState s, Cand m) {
        return true;
    }

    /**
     * Fires on receive Cand action Hear (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election.lstep:53:3)
     */
    public Step<MemberState> hear(MemberState s, Cand m) {
        MemberState next = new MemberState(s.chief(), s.rep(), SpecValues.union(s.heard(), SpecValues.setOf(m.src())), SpecValues.min(SpecValues.setOf(s.best(), m.id()), "hier-election.lstep:55:16"), s.localLeader(), s.globalMin(), s.groupsHeard());
        return new Step<>(next, List.of());
    }

    /**
     * Whether auto action Decide is enabled. (spec: hier-election.lstep:58:10)
     */
    public boolean enabledDecide(MemberState s) {
        try {
            return (s.rep() && (s.localLeader() == 0L)) && s.heard().equals(constants.GroupOf(self));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Decide", "hier-election.lstep:57:3");
        }
    }

    /**
     * Fires auto action Decide (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election.lstep:57:3)
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
            throw new SpecOverflowException("Decide", "hier-election.lstep:57:3");
        }
    }

    /**
     * Whether on receive Decided action Learn is enabled. (spec: hier-election.lstep:63:10)
     */
    public boolean enabledLearn(MemberState s, Decided m) {
        return s.localLeader() == 0L;
    }

    /**
     * Fires on receive Decided action Learn (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election.lstep:62:3)
     */
    public Step<MemberState> learn(MemberState s, Decided m) {
        MemberState next = new MemberState(s.chief(), s.rep(), s.heard(), s.best(), m.leader(), s.globalMin(), s.groupsHeard());
        return new Step<>(next, List.of());
    }

    /**
     * Whether auto action Up is enabled. (spec: hier-election.lstep:67:10)
     */
    public boolean enabledUp(MemberState s) {
        return s.rep() && !(s.localLeader() == 0L);
    }

    /**
     * Fires auto action Up (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election.lstep:66:3)
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
     * Whether on receive Down action Takeover is enabled. (spec: hier-election.lstep:71:10)
     */
    public boolean enabledTakeover(MemberState s, Down m) {
        return !s.rep();
    }

    /**
     * Fires on receive Down action Takeover (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election.lstep:70:3)
     */
    public Step<MemberState> takeover(MemberState s, Down m) {
        MemberState next = new MemberState(s.chief(), true, s.heard(), s.best(), s.localLeader(), s.globalMin(), s.groupsHeard());
        return new Step<>(next, List.of());
    }

    /**
     * Whether on receive Report action Combine is enabled. (spec: hier-election.lstep:74:32)
     */
    public boolean enabledCombine(MemberState s, Report m) {
        return true;
    }

    /**
     * Fires on receive Report action Combine (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: hier-election.lstep:74:3)
     */
    public Step<MemberState> combine(MemberState s, Report m) {
        MemberState next = new MemberState(s.chief(), s.rep(), s.heard(), s.best(), s.localLeader(), (s.globalMin() == 0L) ? m.leader() : SpecValues.min(SpecValues.setOf(s.globalMin(), m.leader()), "hier-election.lstep:75:57"), SpecValues.union(s.groupsHeard(), SpecValues.setOf(m.chief())));
        return new Step<>(next, List.of());
    }

    /**
     * The spec declares role Member {@code crashes}. (spec: hier-election.lstep:41:1)
     */
    @Override
    public boolean crashes() {
        return true;
    }

    /**
     * The durable variables of role Member, which a node keeps on disk. (spec: hier-election.lstep:41:1)
     */
    @Override
    public List<String> durableVariables() {
        return List.of("localLeader", "globalMin", "groupsHeard");
    }

    /**
     * Recovers from a crash in {@code crashed}: volatile variables back to their initial values, durable ones kept, then on restart. (spec: hier-election.lstep:78:3)
     */
    @Override
    public Step<MemberState> restart(MemberState crashed) {
        MemberState s = new MemberState(constants.Chief(self), constants.Chief(self).equals(self), SpecValues.setOf(self), SpecValues.apply(constants.Id(), self, "hier-election.lstep:45:19"), crashed.localLeader(), crashed.globalMin(), crashed.groupsHeard());
        List<Command> out = new ArrayList<>();
        for (NodeId dst : constants.GroupOf(self)) {
            out.add(new Command.Send(new Down(self, dst)));
        }
        MemberState next = new MemberState(s.chief(), false, s.heard(), s.best(), s.localLeader(), s.globalMin(), s.groupsHeard());
        return new Step<>(next, out);
    }

    /**
     * The actions of role Member as ActionSpecs, in spec order. (spec: hier-election.lstep:41:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<MemberState>> specs() {
        List<ActionSpec<MemberState>> out = new ArrayList<>();
        ActionSpec.Guard<MemberState> announceGuard = (s, p, m) -> enabledAnnounce(s);
        ActionSpec.Effect<MemberState> announceEffect = (s, p, m) -> announce(s);
        out.add(new ActionSpec<>("Announce", Trigger.AUTO, null, 0L, 0L, List.of(), announceGuard, announceEffect, "hier-election.lstep:50:3"));
        ActionSpec.Guard<MemberState> hearGuard = (s, p, m) -> enabledHear(s, (Cand) m);
        ActionSpec.Effect<MemberState> hearEffect = (s, p, m) -> hear(s, (Cand) m);
        out.add(new ActionSpec<>("Hear", Trigger.ON_RECEIVE, "Cand", 0L, 0L, List.of(), hearGuard, hearEffect, "hier-election.lstep:53:3"));
        ActionSpec.Guard<MemberState> decideGuard = (s, p, m) -> enabledDecide(s);
        ActionSpec.Effect<MemberState> decideEffect = (s, p, m) -> decide(s);
        out.add(new ActionSpec<>("Decide", Trigger.AUTO, null, 0L, 0L, List.of(), decideGuard, decideEffect, "hier-election.lstep:57:3"));
        ActionSpec.Guard<MemberState> learnGuard = (s, p, m) -> enabledLearn(s, (Decided) m);
        ActionSpec.Effect<MemberState> learnEffect = (s, p, m) -> learn(s, (Decided) m);
        out.add(new ActionSpec<>("Learn", Trigger.ON_RECEIVE, "Decided", 0L, 0L, List.of(), learnGuard, learnEffect, "hier-election.lstep:62:3"));
        ActionSpec.Guard<MemberState> upGuard = (s, p, m) -> enabledUp(s);
        ActionSpec.Effect<MemberState> upEffect = (s, p, m) -> up(s);
        out.add(new ActionSpec<>("Up", Trigger.AUTO, null, 0L, 0L, List.of(), upGuard, upEffect, "hier-election.lstep:66:3"));
        ActionSpec.Guard<MemberState> takeoverGuard = (s, p, m) -> enabledTakeover(s, (Down) m);
        ActionSpec.Effect<MemberState> takeoverEffect = (s, p, m) -> takeover(s, (Down) m);
        out.add(new ActionSpec<>("Takeover", Trigger.ON_RECEIVE, "Down", 0L, 0L, List.of(), takeoverGuard, takeoverEffect, "hier-election.lstep:70:3"));
        ActionSpec.Guard<MemberState> combineGuard = (s, p, m) -> enabledCombine(s, (Report) m);
        ActionSpec.Effect<MemberState> combineEffect = (s, p, m) -> combine(s, (Report) m);
        out.add(new ActionSpec<>("Combine", Trigger.ON_RECEIVE, "Report", 0L, 0L, List.of(), combineGuard, combineEffect, "hier-election.lstep:74:3"));
        return List.copyOf(out);
    }
}
