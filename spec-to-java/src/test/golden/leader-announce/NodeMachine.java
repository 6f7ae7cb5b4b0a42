package gen.leaderannounce;

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
 * Role Node of protocol LeaderAnnounce for one node: pure functions of the local state; commands are returned as data. (spec: leader-announce.lstep:39:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce.lstep")
public final class NodeMachine implements RoleMachine<NodeState> {

    private final LeaderAnnounceConstants constants;

    private final NodeId self;

    private final List<ActionSpec<NodeState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: leader-announce.lstep:39:1)
     */
    public NodeMachine(LeaderAnnounceConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: leader-announce.lstep:39:1)
     */
    @Override
    public String role() {
        return "Node";
    }

    /**
     * The node this machine runs. (spec: leader-announce.lstep:39:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: leader-announce.lstep:39:1)
     */
    @Override
    public List<NodeState> initialStates() {
        List<NodeState> out = new ArrayList<>();
        List<NodeId> leader = SpecValues.seqOf();
        out.add(new NodeState(leader));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: leader-announce.lstep:39:1)
     */
    @Override
    public List<Command> start(NodeState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: leader-announce.lstep:39:1)
     */
    @Override
    public List<ActionSpec<NodeState>> actions() {
        return actions;
    }

    /**
     * Whether on receive Announce action Learn is enabled. (spec: leader-announce.lstep:44:10)
     */
    public boolean enabledLearn(NodeState s, Announce m) {
        return s.leader().equals(SpecValues.seqOf());
    }

    /**
     * Fires on receive Announce action Learn (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: leader-announce.lstep:43:3)
     */
    public Step<NodeState> learn(NodeState s, Announce m) {
        NodeState next = new NodeState(SpecValues.seqOf(m.leader()));
        return new Step<>(next, List.of(new Command.Send(new Ack(self, constants.Coord(), m.leader()))));
    }

    /**
     * Whether on receive Announce action Renew is enabled. (spec: leader-announce.lstep:50:10)
     */
    public boolean enabledRenew(NodeState s, Announce m) {
        return !s.leader().equals(SpecValues.seqOf());
    }

    /**
     * Fires on receive Announce action Renew (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: leader-announce.lstep:49:3)
     */
    public Step<NodeState> renew(NodeState s, Announce m) {
        NodeState next = new NodeState(s.leader());
        return new Step<>(next, List.of(new Command.Send(new Ack(self, constants.Coord(), SpecValues.head(s.leader(), "leader-announce.lstep:51:27")))));
    }

    /**
     * The actions of role Node as ActionSpecs, in spec order. (spec: leader-announce.lstep:39:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<NodeState>> specs() {
        List<ActionSpec<NodeState>> out = new ArrayList<>();
        ActionSpec.Guard<NodeState> learnGuard = (s, p, m) -> enabledLearn(s, (Announce) m);
        ActionSpec.Effect<NodeState> learnEffect = (s, p, m) -> learn(s, (Announce) m);
        out.add(new ActionSpec<>("Learn", Trigger.ON_RECEIVE, "Announce", 0L, 0L, List.of(), learnGuard, learnEffect, "leader-announce.lstep:43:3"));
        ActionSpec.Guard<NodeState> renewGuard = (s, p, m) -> enabledRenew(s, (Announce) m);
        ActionSpec.Effect<NodeState> renewEffect = (s, p, m) -> renew(s, (Announce) m);
        out.add(new ActionSpec<>("Renew", Trigger.ON_RECEIVE, "Announce", 0L, 0L, List.of(), renewGuard, renewEffect, "leader-announce.lstep:49:3"));
        return List.copyOf(out);
    }
}
