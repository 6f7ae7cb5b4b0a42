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
 * Role LearnerReplica3 of protocol PaxosReplicated for one node: pure functions of the local state; commands are returned as data. (spec: paxos-learners-replicated.lstep:112:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public final class LearnerReplica3Machine implements RoleMachine<LearnerReplica3State> {

    private final PaxosReplicatedConstants constants;

    private final NodeId self;

    private final List<ActionSpec<LearnerReplica3State>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: paxos-learners-replicated.lstep:112:1)
     */
    public LearnerReplica3Machine(PaxosReplicatedConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: paxos-learners-replicated.lstep:112:1)
     */
    @Override
    public String role() {
        return "LearnerReplica3";
    }

    /**
     * The node this machine runs. (spec: paxos-learners-replicated.lstep:112:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: paxos-learners-replicated.lstep:112:1)
     */
    @Override
    public List<LearnerReplica3State> initialStates() {
        List<LearnerReplica3State> out = new ArrayList<>();
        Set<AccBalValRecord> votes = SpecValues.setOf();
        Set<Long> learned = SpecValues.setOf();
        out.add(new LearnerReplica3State(votes, learned));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: paxos-learners-replicated.lstep:112:1)
     */
    @Override
    public List<Command> start(LearnerReplica3State initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: paxos-learners-replicated.lstep:112:1)
     */
    @Override
    public List<ActionSpec<LearnerReplica3State>> actions() {
        return actions;
    }

    /**
     * Whether on receive P2b action Hear is enabled. (spec: paxos-learners-replicated.lstep:118:29)
     */
    public boolean enabledHear(LearnerReplica3State s, P2b m) {
        return true;
    }

    /**
     * Fires on receive P2b action Hear (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: paxos-learners-replicated.lstep:118:3)
     */
    public Step<LearnerReplica3State> hear(LearnerReplica3State s, P2b m) {
        try {
            LearnerReplica3State next = new LearnerReplica3State(SpecValues.union(s.votes(), SpecValues.setOf(new AccBalValRecord(m.src(), m.bal(), m.val()))), constants.IsQuorum(SpecValues.union(SpecValues.<AccBalValRecord, NodeId>map(SpecValues.filter(s.votes(), y -> (y.bal() == m.bal()) && (y.val() == m.val())), x -> x.acc()), SpecValues.setOf(m.src()))) ? SpecValues.union(s.learned(), SpecValues.setOf(m.val())) : s.learned());
            return new Step<>(next, List.of());
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Hear", "paxos-learners-replicated.lstep:118:3");
        }
    }

    /**
     * The actions of role LearnerReplica3 as ActionSpecs, in spec order. (spec: paxos-learners-replicated.lstep:112:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<LearnerReplica3State>> specs() {
        List<ActionSpec<LearnerReplica3State>> out = new ArrayList<>();
        ActionSpec.Guard<LearnerReplica3State> hearGuard = (s, p, m) -> enabledHear(s, (P2b) m);
        ActionSpec.Effect<LearnerReplica3State> hearEffect = (s, p, m) -> hear(s, (P2b) m);
        out.add(new ActionSpec<>("Hear", Trigger.ON_RECEIVE, "P2b", 0L, 0L, List.of(), hearGuard, hearEffect, "paxos-learners-replicated.lstep:118:3"));
        return List.copyOf(out);
    }
}
