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

/**
 * Role Leader of protocol LeaderTree for one node: pure functions of the local state; commands are returned as data. (spec: leader-tree.lstep:16:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public final class LeaderMachine implements RoleMachine<LeaderState> {

    private final LeaderTreeConstants constants;

    private final NodeId self;

    private final List<ActionSpec<LeaderState>> actions;

    /**
     * The machine of node {@code self} under a model's constants. (spec: leader-tree.lstep:16:1)
     */
    public LeaderMachine(LeaderTreeConstants constants, NodeId self) {
        this.constants = Objects.requireNonNull(constants, "constants");
        this.self = Objects.requireNonNull(self, "self");
        this.actions = specs();
    }

    /**
     * The role's name. (spec: leader-tree.lstep:16:1)
     */
    @Override
    public String role() {
        return "Leader";
    }

    /**
     * The node this machine runs. (spec: leader-tree.lstep:16:1)
     */
    @Override
    public NodeId self() {
        return self;
    }

    /**
     * The initial local states: every combination of the {@code \in} initializers, variable by variable in declaration order. (spec: leader-tree.lstep:16:1)
     */
    @Override
    public List<LeaderState> initialStates() {
        List<LeaderState> out = new ArrayList<>();
        long leader = SpecValues.apply(constants.Addr(), self, "leader-tree.lstep:17:21");
        out.add(new LeaderState(leader));
        return List.copyOf(out);
    }

    /**
     * The commands for a node starting in {@code initial}: a SetTimer per enabled timer action. (spec: leader-tree.lstep:16:1)
     */
    @Override
    public List<Command> start(LeaderState initial) {
        return List.of();
    }

    /**
     * The role's actions in spec order, as data for the runtime. (spec: leader-tree.lstep:16:1)
     */
    @Override
    public List<ActionSpec<LeaderState>> actions() {
        return actions;
    }

    /**
     * The actions of role Leader as ActionSpecs, in spec order. (spec: leader-tree.lstep:16:1)
     */
    @SuppressWarnings("unchecked")
    private List<ActionSpec<LeaderState>> specs() {
        List<ActionSpec<LeaderState>> out = new ArrayList<>();
        return List.copyOf(out);
    }

    /**
     * The role's exchange actions, in spec order, as f1/f2/f3 for the runtime. (spec: leader-tree.lstep:16:1)
     */
    @Override
    public List<ExchangeSpec<LeaderState>> exchanges() {
        return List.of(LeaderElectProjection.spec(constants, self));
    }
}
