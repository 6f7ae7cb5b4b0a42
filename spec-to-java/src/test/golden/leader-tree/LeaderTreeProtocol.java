package gen.leadertree;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.MalformedValueException;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.annotation.processing.Generated;

/**
 * Protocol LeaderTree under one model's constants, for the runtime. (spec: leader-tree.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public final class LeaderTreeProtocol implements ProtocolDescriptor {

    private final String model;

    private final LeaderTreeConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: leader-tree.lstep:14:1)
     */
    public LeaderTreeProtocol(String model, LeaderTreeConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Leader", List.copyOf(constants.Nodes()), self -> new LeaderMachine(constants, self)), new Role("Tree", List.copyOf(constants.Nodes()), self -> new TreeMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, line. (spec: leader-tree.lstep:50:1)
     */
    public LeaderTreeProtocol() {
        this("line", LeaderTreeConstants.line());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: leader-tree.lstep:50:1)
     */
    public static LeaderTreeProtocol forModel(String model) {
        switch(model) {
            case "line":
                return new LeaderTreeProtocol("line", LeaderTreeConstants.line());
            default:
                throw new IllegalArgumentException(("protocol LeaderTree has no model '" + model) + "'; its models: line");
        }
    }

    /**
     * The protocol's name. (spec: leader-tree.lstep:14:1)
     */
    @Override
    public String protocol() {
        return "LeaderTree";
    }

    /**
     * The model whose constants this descriptor uses. (spec: leader-tree.lstep:14:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: leader-tree.lstep:14:1)
     */
    public LeaderTreeConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: leader-tree.lstep:14:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.SET, false, false);
    }

    /**
     * The roles in spec order. (spec: leader-tree.lstep:14:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: leader-tree.lstep:14:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol LeaderTree has no message types");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: leader-tree.lstep:14:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: leader-tree.lstep:14:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
