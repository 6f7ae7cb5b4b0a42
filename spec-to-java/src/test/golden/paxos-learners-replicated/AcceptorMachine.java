package gen.paxosreplicated;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.SpecValues;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.api.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Role Acceptor of protocol PaxosReplicated for one node: pure functions of the local state; commands are returned as data. (spec: paxos-learners-replicated.lstep:68:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public final class AcceptorMachine implements RoleMachine<AcceptorState> {

    private final PaxosReplicatedConstants constants;

    private final NodeId self;

    private final List<ActionSpec<AcceptorState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: paxos-learners-replicated.lstep:68:1)
     */
    public AcceptorMachine(PaxosReplicatedConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: paxos-learners-replicated.lstep:68:1)
     */
    @Override
    public String role() {
        return "Acceptor";
    }

    /**
     * The node this machine runs. (spec: paxos-learners-replicated.lstep:68:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: paxos-learners-replicated.lstep:68:1)
     */
    @Override
    public List<AcceptorState> initialStates() {
        List<AcceptorState> out = new ArrayList<>();
        long maxBal = -1L;
        long vBal = -1L;
        long vVal = 0L;
        out.add(new AcceptorState(maxBal, vBal, vVal));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: paxos-learners-replicated.lstep:68:1)
     */
    @Override
    public List<Command> start(AcceptorState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: paxos-learners-replicated.lstep:68:1)
     */
    @Override
    public List<ActionSpec<AcceptorState>> actions() {
        return actions;
    }

    /**
     * Whether on receive P1a action Promise is enabled. (spec: paxos-learners-replicated.lstep:74:10)
     */
    public boolean enabledPromise(AcceptorState s, P1a m) {
        return m.bal() > s.maxBal();
    }

    /**
     * Fires on receive P1a action Promise (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: paxos-learners-replicated.lstep:73:3)
     */
    public Step<AcceptorState> promise(AcceptorState s, P1a m) {
        AcceptorState next = new AcceptorState(m.bal(), s.vBal(), s.vVal());
        return new Step<>(next, List.of(new Command.Send(new P1b(self, m.src(), m.bal(), s.vBal(), s.vVal()))));
    }

    /**
     * Whether on receive P2a action Accept is enabled. (spec: paxos-learners-replicated.lstep:79:10)
     */
    public boolean enabledAccept(AcceptorState s, P2a m) {
        return (m.bal() >= s.maxBal()) && !(m.bal() == s.vBal());
    }

    /**
     * Fires on receive P2a action Accept (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: paxos-learners-replicated.lstep:78:3)
     */
    public Step<AcceptorState> accept(AcceptorState s, P2a m) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : SpecValues.union(SpecValues.union(constants.Learners(), constants.LearnersReplica2()), constants.LearnersReplica3())) {
            out.add(new Command.Send(new P2b(self, dst, m.bal(), m.val())));
        }
        AcceptorState next = new AcceptorState(m.bal(), m.bal(), m.val());
        return new Step<>(next, out);
    }

    /**
     * The actions of role Acceptor as ActionSpecs, in spec order. (spec: paxos-learners-replicated.lstep:68:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<AcceptorState>> specs() {
        List<ActionSpec<AcceptorState>> out = new ArrayList<>();
        ActionSpec.Guard<AcceptorState> promiseGuard = (s, p, m) -> enabledPromise(s, (P1a) m);
        ActionSpec.Effect<AcceptorState> promiseEffect = (s, p, m) -> promise(s, (P1a) m);
        out.add(new ActionSpec<>("Promise", Trigger.ON_RECEIVE, "P1a", 0L, 0L, List.of(), promiseGuard, promiseEffect, "paxos-learners-replicated.lstep:73:3"));
        ActionSpec.Guard<AcceptorState> acceptGuard = (s, p, m) -> enabledAccept(s, (P2a) m);
        ActionSpec.Effect<AcceptorState> acceptEffect = (s, p, m) -> accept(s, (P2a) m);
        out.add(new ActionSpec<>("Accept", Trigger.ON_RECEIVE, "P2a", 0L, 0L, List.of(), acceptGuard, acceptEffect, "paxos-learners-replicated.lstep:78:3"));
        return List.copyOf(out);
    }
}
