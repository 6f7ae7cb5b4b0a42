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
 * Role Proposer of protocol PaxosReplicated for one node: pure functions of the local state; commands are returned as data. (spec: paxos-learners-replicated.lstep:36:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public final class ProposerMachine implements RoleMachine<ProposerState> {

    private final PaxosReplicatedConstants constants;

    private final NodeId self;

    private final List<ActionSpec<ProposerState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: paxos-learners-replicated.lstep:36:1)
     */
    public ProposerMachine(PaxosReplicatedConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: paxos-learners-replicated.lstep:36:1)
     */
    @Override
    public String role() {
        return "Proposer";
    }

    /**
     * The node this machine runs. (spec: paxos-learners-replicated.lstep:36:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: paxos-learners-replicated.lstep:36:1)
     */
    @Override
    public List<ProposerState> initialStates() {
        List<ProposerState> out = new ArrayList<>();
        Set<Long> unused = SpecValues.apply(constants.Ballots(), self, "paxos-learners-replicated.lstep:37:26");
        long bal = -1L;
        ProposerPhase phase = ProposerPhase.idle;
        Set<NodeId> promised = SpecValues.setOf();
        long hiBal = -1L;
        long hiVal = 0L;
        out.add(new ProposerState(unused, bal, phase, promised, hiBal, hiVal));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: paxos-learners-replicated.lstep:36:1)
     */
    @Override
    public List<Command> start(ProposerState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: paxos-learners-replicated.lstep:36:1)
     */
    @Override
    public List<ActionSpec<ProposerState>> actions() {
        return actions;
    }

    /**
     * The domain of parameter b of action Prepare, in the spec's canonical order. (spec: paxos-learners-replicated.lstep:45:34)
     */
    public Set<Long> prepareDomainB(ProposerState s) {
        return s.unused();
    }

    /**
     * Whether auto action Prepare is enabled: each parameter in its domain and the guard holds. (spec: paxos-learners-replicated.lstep:46:10)
     */
    public boolean enabledPrepare(ProposerState s, long b) {
        return prepareDomainB(s).contains(b) && guardPrepare(s, b);
    }

    /**
     * The guard of Prepare for parameters drawn from their domains. (spec: paxos-learners-replicated.lstep:46:10)
     */
    private boolean guardPrepare(ProposerState s, long b) {
        return b > s.bal();
    }

    /**
     * Fires auto action Prepare (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: paxos-learners-replicated.lstep:45:3)
     */
    public Step<ProposerState> prepare(ProposerState s, long b) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : constants.Acceptors()) {
            out.add(new Command.Send(new P1a(self, dst, b)));
        }
        ProposerState next = new ProposerState(SpecValues.minus(s.unused(), SpecValues.setOf(b)), b, ProposerPhase.collecting, SpecValues.setOf(), -1L, 0L);
        return new Step<>(next, out);
    }

    /**
     * Whether on receive P1b action Promise is enabled. (spec: paxos-learners-replicated.lstep:56:10)
     */
    public boolean enabledPromise(ProposerState s, P1b m) {
        return ((s.phase() == ProposerPhase.collecting) && (m.bal() == s.bal())) && !s.promised().contains(m.src());
    }

    /**
     * Fires on receive P1b action Promise (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: paxos-learners-replicated.lstep:55:3)
     */
    public Step<ProposerState> promise(ProposerState s, P1b m) {
        ProposerState next = new ProposerState(s.unused(), s.bal(), s.phase(), SpecValues.union(s.promised(), SpecValues.setOf(m.src())), SpecValues.max(SpecValues.setOf(s.hiBal(), m.mbal()), "paxos-learners-replicated.lstep:58:17"), (m.mbal() > s.hiBal()) ? m.mval() : s.hiVal());
        return new Step<>(next, List.of());
    }

    /**
     * The domain of parameter v of action Propose, in the spec's canonical order. (spec: paxos-learners-replicated.lstep:62:34)
     */
    public Set<Long> proposeDomainV(ProposerState s) {
        return constants.Values();
    }

    /**
     * Whether auto action Propose is enabled: each parameter in its domain and the guard holds. (spec: paxos-learners-replicated.lstep:63:10)
     */
    public boolean enabledPropose(ProposerState s, long v) {
        return proposeDomainV(s).contains(v) && guardPropose(s, v);
    }

    /**
     * The guard of Propose for parameters drawn from their domains. (spec: paxos-learners-replicated.lstep:63:10)
     */
    private boolean guardPropose(ProposerState s, long v) {
        try {
            return ((s.phase() == ProposerPhase.collecting) && constants.IsQuorum(s.promised())) && ((s.hiBal() == (-1L)) || (v == s.hiVal()));
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Propose", "paxos-learners-replicated.lstep:62:3");
        }
    }

    /**
     * Fires auto action Propose (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: paxos-learners-replicated.lstep:62:3)
     */
    public Step<ProposerState> propose(ProposerState s, long v) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : constants.Acceptors()) {
            out.add(new Command.Send(new P2a(self, dst, s.bal(), v)));
        }
        ProposerState next = new ProposerState(s.unused(), s.bal(), ProposerPhase.proposed, s.promised(), s.hiBal(), s.hiVal());
        return new Step<>(next, out);
    }

    /**
     * The actions of role Proposer as ActionSpecs, in spec order. (spec: paxos-learners-replicated.lstep:36:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<ProposerState>> specs() {
        List<ActionSpec<ProposerState>> out = new ArrayList<>();
        ActionSpec.Param<ProposerState> prepareB = new ActionSpec.Param<>("b", (s, p, m) -> SpecValues.elements(prepareDomainB(s)));
        ActionSpec.Guard<ProposerState> prepareGuard = (s, p, m) -> guardPrepare(s, (Long) p.get(0));
        ActionSpec.Effect<ProposerState> prepareEffect = (s, p, m) -> prepare(s, (Long) p.get(0));
        out.add(new ActionSpec<>("Prepare", Trigger.AUTO, null, 0L, 0L, List.of(prepareB), prepareGuard, prepareEffect, "paxos-learners-replicated.lstep:45:3"));
        ActionSpec.Guard<ProposerState> promiseGuard = (s, p, m) -> enabledPromise(s, (P1b) m);
        ActionSpec.Effect<ProposerState> promiseEffect = (s, p, m) -> promise(s, (P1b) m);
        out.add(new ActionSpec<>("Promise", Trigger.ON_RECEIVE, "P1b", 0L, 0L, List.of(), promiseGuard, promiseEffect, "paxos-learners-replicated.lstep:55:3"));
        ActionSpec.Param<ProposerState> proposeV = new ActionSpec.Param<>("v", (s, p, m) -> SpecValues.elements(proposeDomainV(s)));
        ActionSpec.Guard<ProposerState> proposeGuard = (s, p, m) -> guardPropose(s, (Long) p.get(0));
        ActionSpec.Effect<ProposerState> proposeEffect = (s, p, m) -> propose(s, (Long) p.get(0));
        out.add(new ActionSpec<>("Propose", Trigger.AUTO, null, 0L, 0L, List.of(proposeV), proposeGuard, proposeEffect, "paxos-learners-replicated.lstep:62:3"));
        return List.copyOf(out);
    }
}
