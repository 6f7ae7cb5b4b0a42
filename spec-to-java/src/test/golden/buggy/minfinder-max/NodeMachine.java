package gen.minfindermax;

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
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Role Node of protocol MinFinderMax for one node: pure functions of the local state; commands are returned as data. (spec: minfinder-max.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-max.lstep")
public final class NodeMachine implements RoleMachine<NodeState> {

    private final MinFinderMaxConstants constants;

    private final NodeId self;

    private final List<ActionSpec<NodeState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: minfinder-max.lstep:14:1)
     */
    public NodeMachine(MinFinderMaxConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: minfinder-max.lstep:14:1)
     */
    @Override
    public String role() {
        return "Node";
    }

    /**
     * The node this machine runs. (spec: minfinder-max.lstep:14:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: minfinder-max.lstep:14:1)
     */
    @Override
    public List<NodeState> initialStates() {
        List<NodeState> out = new ArrayList<>();
        for (Long init : constants.Values()) {
            long val = init;
            out.add(new NodeState(init, val));
        }
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: minfinder-max.lstep:14:1)
     */
    @Override
    public List<Command> start(NodeState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: minfinder-max.lstep:14:1)
     */
    @Override
    public List<ActionSpec<NodeState>> actions() {
        return actions;
    }

    /**
     * The domain of parameter peer of action Push, in the spec's canonical order. (spec: minfinder-max.lstep:18:34)
     */
    public Set<NodeId> pushDomainPeer(NodeState s) {
        return SpecValues.minus(constants.Nodes(), SpecValues.setOf(self));
    }

    /**
     * Whether auto action Push is enabled: each parameter in its domain and the guard holds. (spec: minfinder-max.lstep:18:20)
     */
    public boolean enabledPush(NodeState s, NodeId peer) {
        return pushDomainPeer(s).contains(peer) && guardPush(s, peer);
    }

    /**
     * The guard of Push for parameters drawn from their domains. (spec: minfinder-max.lstep:18:20)
     */
    private boolean guardPush(NodeState s, NodeId peer) {
        return true;
    }

    /**
     * Fires auto action Push (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: minfinder-max.lstep:18:3)
     */
    public Step<NodeState> push(NodeState s, NodeId peer) {
        NodeState next = new NodeState(s.init(), s.val());
        return new Step<>(next, List.of(new Command.Send(new Gossip(self, peer, s.val()))));
    }

    /**
     * Whether on receive Gossip action Merge is enabled. (spec: minfinder-max.lstep:21:32)
     */
    public boolean enabledMerge(NodeState s, Gossip m) {
        return true;
    }

    /**
     * Fires on receive Gossip action Merge (call only when enabled): the new local state, the messages sent in statement order, then the timers to arm. (spec: minfinder-max.lstep:21:3)
     */
    public Step<NodeState> merge(NodeState s, Gossip m) {
        NodeState next = new NodeState(s.init(), SpecValues.max(SpecValues.setOf(s.val(), m.val()), "minfinder-max.lstep:22:15"));
        return new Step<>(next, List.of());
    }

    /**
     * The actions of role Node as ActionSpecs, in spec order. (spec: minfinder-max.lstep:14:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<NodeState>> specs() {
        List<ActionSpec<NodeState>> out = new ArrayList<>();
        ActionSpec.Param<NodeState> pushPeer = new ActionSpec.Param<>("peer", (s, p, m) -> SpecValues.elements(pushDomainPeer(s)));
        ActionSpec.Guard<NodeState> pushGuard = (s, p, m) -> guardPush(s, (NodeId) p.get(0));
        ActionSpec.Effect<NodeState> pushEffect = (s, p, m) -> push(s, (NodeId) p.get(0));
        out.add(new ActionSpec<>("Push", Trigger.AUTO, null, 0L, 0L, List.of(pushPeer), pushGuard, pushEffect, "minfinder-max.lstep:18:3"));
        ActionSpec.Guard<NodeState> mergeGuard = (s, p, m) -> enabledMerge(s, (Gossip) m);
        ActionSpec.Effect<NodeState> mergeEffect = (s, p, m) -> merge(s, (Gossip) m);
        out.add(new ActionSpec<>("Merge", Trigger.ON_RECEIVE, "Gossip", 0L, 0L, List.of(), mergeGuard, mergeEffect, "minfinder-max.lstep:21:3"));
        return List.copyOf(out);
    }
}
