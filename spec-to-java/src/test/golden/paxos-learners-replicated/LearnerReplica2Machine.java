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
 * Role LearnerReplica2 of protocol PaxosReplicated for one node: pure functions of the local state; commands are returned as data. (spec: paxos-learners-replicated.lstep:99:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public final class LearnerReplica2Machine implements RoleMachine<LearnerReplica2State> {

    private final PaxosReplicatedConstants constants;

    private final NodeId self;

    private final List<ActionSpec<LearnerReplica2State>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: paxos-learners-replicated.lstep:99:1)
     */
    public LearnerReplica2Machine(PaxosReplicatedConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: paxos-learners-replicated.lstep:99:1)
     */
    @Override
    public String role() {
        return "LearnerReplica2";
    }

    /**
     * The node this machine runs. (spec: paxos-learners-replicated.lstep:99:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: paxos-learners-replicated.lstep:99:1)
     */
    @Override
    public List<LearnerReplica2State> initialStates() {
        List<LearnerReplica2State> out = new ArrayList<>();
        Set<AccBalValRecord> votes = SpecValues.setOf();
        Set<Long> learned = SpecValues.setOf();
        out.add(new LearnerReplica2State(votes, learned));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: paxos-learners-replicated.lstep:99:1)
     */
    @Override
    public List<Command> start(LearnerReplica2State initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: paxos-learners-replicated.lstep:99:1)
     */
    @Override
    public List<ActionSpec<LearnerReplica2State>> actions() {
        return actions;
    }

    /**
     * Whether on receive P2b action Hear is enabled. (spec: paxos-learners-replicated.lstep:105:29)
     */
    public boolean enabledHear(LearnerReplica2State s, P2b m) {
        return true;
    }

    /**
     * Fires on receive P2b action Hear (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: paxos-learners-replicated.lstep:105:3)
     */
    public Step<LearnerReplica2State> hear(LearnerReplica2State s, P2b m) {
        try {
            LearnerReplica2State next = new LearnerReplica2State(SpecValues.union(s.votes(), SpecValues.setOf(new AccBalValRecord(m.src(), m.bal(), m.val()))), constants.IsQuorum(SpecValues.union(SpecValues.<AccBalValRecord, NodeId>map(SpecValues.filter(s.votes(), y -> (y.bal() == m.bal()) && (y.val() == m.val())), x -> x.acc()), SpecValues.setOf(m.src()))) ? SpecValues.union(s.learned(), SpecValues.setOf(m.val())) : s.learned());
            return new Step<>(next, List.of());
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Hear", "paxos-learners-replicated.lstep:105:3");
        }
    }

    /**
     * The actions of role LearnerReplica2 as ActionSpecs, in spec order. (spec: paxos-learners-replicated.lstep:99:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<LearnerReplica2State>> specs() {
        List<ActionSpec<LearnerReplica2State>> out = new ArrayList<>();
        ActionSpec.Guard<LearnerReplica2State> hearGuard = (s, p, m) -> enabledHear(s, (P2b) m);
        ActionSpec.Effect<LearnerReplica2State> hearEffect = (s, p, m) -> hear(s, (P2b) m);
        out.add(new ActionSpec<>("Hear", Trigger.ON_RECEIVE, "P2b", 0L, 0L, List.of(), hearGuard, hearEffect, "paxos-learners-replicated.lstep:105:3"));
        return List.copyOf(out);
    }
}
