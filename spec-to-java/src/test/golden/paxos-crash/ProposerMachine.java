package gen.paxoscrash;

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
 * Role Proposer of protocol PaxosCrash for one node: pure functions of the local state; commands are returned as data. (spec: paxos-crash.lstep:33:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-crash.lstep")
public final class ProposerMachine implements RoleMachine<ProposerState> {

    private final PaxosCrashConstants constants;

    private final NodeId self;

    private final List<ActionSpec<ProposerState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: paxos-crash.lstep:33:1)
     */
    public ProposerMachine(PaxosCrashConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: paxos-crash.lstep:33:1)
     */
    @Override
    public String role() {
        return "Proposer";
    }

    /**
     * The node this machine runs. (spec: paxos-crash.lstep:33:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: paxos-crash.lstep:33:1)
     */
    @Override
    public List<ProposerState> initialStates() {
        List<ProposerState> out = new ArrayList<>();
        Set<Long> proposed = SpecValues.setOf();
        out.add(new ProposerState(proposed));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: paxos-crash.lstep:33:1)
     */
    @Override
    public List<Command> start(ProposerState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: paxos-crash.lstep:33:1)
     */
    @Override
    public List<ActionSpec<ProposerState>> actions() {
        return actions;
    }

    /**
     * The domain of parameter b of action Prepare, in the spec's canonical order. (spec: paxos-crash.lstep:37:34)
     */
    public Set<Long> prepareDomainB(ProposerState s) {
        return SpecValues.apply(constants.Ballots(), self, "paxos-crash.lstep:37:34");
    }

    /**
     * Whether auto action Prepare is enabled: each parameter in its domain and the guard holds. (spec: paxos-crash.lstep:37:20)
     */
    public boolean enabledPrepare(ProposerState s, long b) {
        return prepareDomainB(s).contains(b) && guardPrepare(s, b);
    }

    /**
     * The guard of Prepare for parameters drawn from their domains. (spec: paxos-crash.lstep:37:20)
     */
    private boolean guardPrepare(ProposerState s, long b) {
        return true;
    }

    /**
     * Fires auto action Prepare (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: paxos-crash.lstep:37:3)
     */
    public Step<ProposerState> prepare(ProposerState s, long b) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : constants.Acceptors()) {
            out.add(new Command.Send(new P1a(self, dst, b)));
        }
        ProposerState next = new ProposerState(s.proposed());
        return new Step<>(next, out);
    }

    /**
     * The domain of parameter b of action Propose, in the spec's canonical order. (spec: paxos-crash.lstep:41:74)
     */
    public Set<Long> proposeDomainB(ProposerState s) {
        return SpecValues.apply(constants.Ballots(), self, "paxos-crash.lstep:41:74");
    }

    /**
     * The domain of parameter Q of action Propose, in the spec's canonical order. (spec: paxos-crash.lstep:41:95)
     */
    public Set<Set<NodeId>> proposeDomainQ(ProposerState s, long b) {
        try {
            return constants.Quorums();
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Propose", "paxos-crash.lstep:41:3");
        }
    }

    /**
     * The domain of parameter v of action Propose, in the spec's canonical order. (spec: paxos-crash.lstep:41:110)
     */
    public Set<Long> proposeDomainV(ProposerState s, long b, Set<NodeId> Q) {
        return constants.Values();
    }

    /**
     * Whether on receive all P1b action Propose is enabled: each parameter in its domain and the guard holds. (spec: paxos-crash.lstep:42:10)
     */
    public boolean enabledPropose(ProposerState s, long b, Set<NodeId> Q, long v, Set<P1b> ps) {
        return ((proposeDomainB(s).contains(b) && proposeDomainQ(s, b).contains(Q)) && proposeDomainV(s, b, Q).contains(v)) && guardPropose(s, b, Q, v, ps);
    }

    /**
     * The guard of Propose for parameters drawn from their domains. (spec: paxos-crash.lstep:42:10)
     */
    private boolean guardPropose(ProposerState s, long b, Set<NodeId> Q, long v, Set<P1b> ps) {
        try {
            return !s.proposed().contains(b) && constants.Proposable(ps).contains(v);
        } catch (ArithmeticException e) {
            throw new SpecOverflowException("Propose", "paxos-crash.lstep:41:3");
        }
    }

    /**
     * Fires on receive all P1b action Propose (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: paxos-crash.lstep:41:3)
     */
    public Step<ProposerState> propose(ProposerState s, long b, Set<NodeId> Q, long v, Set<P1b> ps) {
        List<Command> out = new ArrayList<>();
        for (NodeId dst : constants.Acceptors()) {
            out.add(new Command.Send(new P2a(self, dst, b, v)));
        }
        ProposerState next = new ProposerState(SpecValues.union(s.proposed(), SpecValues.setOf(b)));
        return new Step<>(next, out);
    }

    /**
     * The nodes that must each send a P1b message for Propose to fire with these parameters. (spec: paxos-crash.lstep:41:36)
     */
    public Set<NodeId> proposeSenders(ProposerState s, long b, Set<NodeId> Q, long v) {
        return Q;
    }

    /**
     * Whether Propose reads message {@code m} (of a sender) with these parameters: its filter. (spec: paxos-crash.lstep:41:47)
     */
    public boolean proposeAccepts(ProposerState s, long b, Set<NodeId> Q, long v, P1b m) {
        return m.bal() == b;
    }

    /**
     * The actions of role Proposer as ActionSpecs, in spec order. (spec: paxos-crash.lstep:33:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<ProposerState>> specs() {
        List<ActionSpec<ProposerState>> out = new ArrayList<>();
        ActionSpec.Param<ProposerState> prepareB = new ActionSpec.Param<>("b", (s, p, m) -> SpecValues.elements(prepareDomainB(s)));
        ActionSpec.Guard<ProposerState> prepareGuard = (s, p, m) -> guardPrepare(s, (Long) p.get(0));
        ActionSpec.Effect<ProposerState> prepareEffect = (s, p, m) -> prepare(s, (Long) p.get(0));
        out.add(new ActionSpec<>("Prepare", Trigger.AUTO, null, 0L, 0L, List.of(prepareB), prepareGuard, prepareEffect, "paxos-crash.lstep:37:3"));
        ActionSpec.Param<ProposerState> proposeB = new ActionSpec.Param<>("b", (s, p, m) -> SpecValues.elements(proposeDomainB(s)));
        ActionSpec.Param<ProposerState> proposeQ = new ActionSpec.Param<>("Q", (s, p, m) -> SpecValues.elements(proposeDomainQ(s, (Long) p.get(0))));
        ActionSpec.Param<ProposerState> proposeV = new ActionSpec.Param<>("v", (s, p, m) -> SpecValues.elements(proposeDomainV(s, (Long) p.get(0), (Set<NodeId>) p.get(1))));
        ActionSpec.Senders<ProposerState> proposeSenders = (s, p) -> proposeSenders(s, (Long) p.get(0), (Set<NodeId>) p.get(1), (Long) p.get(2));
        ActionSpec.Filter<ProposerState> proposeFilter = (s, p, m) -> proposeAccepts(s, (Long) p.get(0), (Set<NodeId>) p.get(1), (Long) p.get(2), (P1b) m);
        ActionSpec.SetGuard<ProposerState> proposeGuard = (s, p, r) -> guardPropose(s, (Long) p.get(0), (Set<NodeId>) p.get(1), (Long) p.get(2), (Set<P1b>) r);
        ActionSpec.SetEffect<ProposerState> proposeEffect = (s, p, r) -> propose(s, (Long) p.get(0), (Set<NodeId>) p.get(1), (Long) p.get(2), (Set<P1b>) r);
        out.add(new ActionSpec<>("Propose", Trigger.ON_RECEIVE_ALL, "P1b", 0L, 0L, List.of(proposeB, proposeQ, proposeV), null, null, "paxos-crash.lstep:41:3", new ActionSpec.ReceiveAll<>(proposeSenders, proposeFilter, proposeGuard, proposeEffect)));
        return List.copyOf(out);
    }
}
