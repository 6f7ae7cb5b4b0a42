package gen.leadertree;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.SpecValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import dev.lockstep.runtime.api.Layers;

/**
 * Role Tree of protocol LeaderTree for one node: pure functions of the local state; commands are returned as data. (spec: leader-tree.lstep:24:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public final class TreeMachine implements RoleMachine<TreeState> {

    private final LeaderTreeConstants constants;

    private final NodeId self;

    private final List<ActionSpec<TreeState>> actions;

    private Layers layers;

    /**
     * The machine of node {@code self} under a model's constants. (spec: leader-tree.lstep:24:1)
     */
    public TreeMachine(LeaderTreeConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
        this.layers = Layers.none("Tree", self);
    }

    /**
     * The role's name. (spec: leader-tree.lstep:24:1)
     */
    @Override
    public String role() {
        return "Tree";
    }

    /**
     * The node this machine runs. (spec: leader-tree.lstep:24:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: leader-tree.lstep:24:1)
     */
    @Override
    public List<TreeState> initialStates() {
        List<TreeState> out = new ArrayList<>();
        long root = SpecValues.apply(constants.Addr(), self, "leader-tree.lstep:26:19");
        long dist = 0L;
        out.add(new TreeState(root, dist));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: leader-tree.lstep:24:1)
     */
    @Override
    public List<Command> start(TreeState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: leader-tree.lstep:24:1)
     */
    @Override
    public List<ActionSpec<TreeState>> actions() {
        return actions;
    }

    /**
     * The actions of role Tree as ActionSpecs, in spec order. (spec: leader-tree.lstep:24:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<TreeState>> specs() {
        List<ActionSpec<TreeState>> out = new ArrayList<>();
        return List.copyOf(out);
    }

    /**
     * The role's exchange actions, in spec order, as f1/f2/f3 for the runtime. (spec: leader-tree.lstep:24:1)
     */
    @Override
    public List<ExchangeSpec<TreeState>> exchanges() {
        return List.of(TreeGrowProjection.spec(constants, role -> layers.state(role), self));
    }

    /**
     * The roles this role reads ({@code reads}): the runtime runs them on the same node. (spec: leader-tree.lstep:24:1)
     */
    @Override
    public List<String> layersRead() {
        return List.of("Leader");
    }

    /**
     * The lower layers' states on this node, from the runtime that hosts them together. (spec: leader-tree.lstep:24:1)
     */
    @Override
    public void readLayers(Layers layers) {
        this.layers = Objects.requireNonNull(layers, "layers");
    }
}
