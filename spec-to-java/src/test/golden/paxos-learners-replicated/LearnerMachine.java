package gen.paxosreplicated;

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
 * Role Learner of protocol PaxosReplicated for one node: pure functions of the local state; commands are returned as data. (spec: paxos-learners-replicated.lstep:86:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public final class LearnerMachine implements RoleMachine<LearnerState> {

    private final PaxosReplicatedConstants constants;

    private final NodeId self;

    private final List<ActionSpec<LearnerState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: paxos-learners-replicated.lstep:86:1)
     */
    public LearnerMachine(PaxosReplicatedConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: paxos-learners-replicated.lstep:86:1)
     */
    @Override
    public String role() {
        return "Learner";
    }

    /**
     * The node this machine runs. (spec: paxos-learners-replicated.lstep:86:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: paxos-learners-replicated.lstep:86:1)
     */
    @Override
    public List<LearnerState> initialStates() {
        List<LearnerState> out = new ArrayList<>();
        Set<AccBalValRecord> votes = SpecValues.setOf();
        Set<Long> learned = SpecValues.setOf();
        out.add(new LearnerState(votes, learned));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: paxos-learners-replicated.lstep:86:1)
     */
    @Override
    public List<Command> start(LearnerState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: paxos-learners-replicated.lstep:86:1)
     */
    @Override
    public List<ActionSpec<LearnerState>> actions() {
        return actions;
    }

    /**
     * Whether on receive P2b action Hear is enabled. (spec: paxos-learners-replicated.lstep:92:29)
     */
    public boolean enabledHear(LearnerState s, P2b m) {
        return true;
    }

    /**
     * Fires on receive P2b action Hear (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: paxos-learners-replicated.lstep:92:3)
     */
    public Step<LearnerState> hear(LearnerState s, P2b m) {
        try {
            LearnerState next = new LearnerState(SpecValues.union(s.votes(), SpecValues.setOf(new AccBalValRecord(m.src(), m.bal(), m.val()))), constants.IsQuorum(SpecValues.union(SpecValues.<AccBalValRecord, NodeId>map(SpecValues.filter(s.votes(), y -> (y.bal() == m.bal()) && (y.val() == m.val())), x -> x.acc()), SpecValues.setOf(m.src()))) ? SpecValues.union(s.learned(), SpecValues.setOf(m.val())) : s.learned());
            return new Step<>(next, List.of());
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Hear", "paxos-learners-replicated.lstep:92:3");
        }
    }

    /**
     * The actions of role Learner as ActionSpecs, in spec order. (spec: paxos-learners-replicated.lstep:86:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<LearnerState>> specs() {
        List<ActionSpec<LearnerState>> out = new ArrayList<>();
        ActionSpec.Guard<LearnerState> hearGuard = (s, p, m) -> enabledHear(s, (P2b) m);
        ActionSpec.Effect<LearnerState> hearEffect = (s, p, m) -> hear(s, (P2b) m);
        out.add(new ActionSpec<>("Hear", Trigger.ON_RECEIVE, "P2b", 0L, 0L, List.of(), hearGuard, hearEffect, "paxos-learners-replicated.lstep:92:3"));
        return List.copyOf(out);
    }
}
