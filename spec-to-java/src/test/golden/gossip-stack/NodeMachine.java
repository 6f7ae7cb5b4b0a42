package gen.gossipstack;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.SpecValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Role Node of protocol GossipStack for one node: pure functions of the local state; commands are returned as data. (spec: gossip-stack.lstep:48:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "gossip-stack.lstep")
public final class NodeMachine implements RoleMachine<NodeState> {

    private final GossipStackConstants constants;

    private final NodeId self;

    private final List<ActionSpec<NodeState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: gossip-stack.lstep:48:1)
     */
    public NodeMachine(GossipStackConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: gossip-stack.lstep:48:1)
     */
    @Override
    public String role() {
        return "Node";
    }

    /**
     * The node this machine runs. (spec: gossip-stack.lstep:48:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: gossip-stack.lstep:48:1)
     */
    @Override
    public List<NodeState> initialStates() {
        List<NodeState> out = new ArrayList<>();
        long leader = SpecValues.apply(constants.Addr(), self, "gossip-stack.lstep:49:21");
        NodeId parent = self;
        long root = SpecValues.apply(constants.Addr(), self, "gossip-stack.lstep:51:19");
        long hops = 0L;
        Set<NodeId> kids = SpecValues.setOf();
        Map<NodeId, Long> sub = SpecValues.<NodeId, Long>fn(SpecValues.apply(constants.Links(), self, "gossip-stack.lstep:54:36"), n -> 0L);
        long count = 1L;
        long label = 0L;
        out.add(new NodeState(leader, parent, root, hops, kids, sub, count, label));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: gossip-stack.lstep:48:1)
     */
    @Override
    public List<Command> start(NodeState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: gossip-stack.lstep:48:1)
     */
    @Override
    public List<ActionSpec<NodeState>> actions() {
        return actions;
    }

    /**
     * The actions of role Node as ActionSpecs, in spec order. (spec: gossip-stack.lstep:48:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<NodeState>> specs() {
        List<ActionSpec<NodeState>> out = new ArrayList<>();
        return List.copyOf(out);
    }

    /**
     * The role's exchange actions, in spec order, as f1/f2/f3 for the runtime. (spec: gossip-stack.lstep:48:1)
     */
    @Override
    public List<ExchangeSpec<NodeState>> exchanges() {
        return List.of(NodeStackProjection.spec(constants, self), NodeStack_Count_LabelProjection.spec(constants, self), NodeStack_Elect_GrowProjection.spec(constants, self));
    }
}
