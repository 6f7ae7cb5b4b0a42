package gen.sliver;

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
 * Protocol Sliver under one model's constants, for the runtime. (spec: sliver.lstep:16:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver.lstep")
public final class SliverProtocol implements ProtocolDescriptor {

    private final String model;

    private final SliverConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: sliver.lstep:16:1)
     */
    public SliverProtocol(String model, SliverConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Node", List.copyOf(constants.Nodes()), self -> new NodeMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, small. (spec: sliver.lstep:45:1)
     */
    public SliverProtocol() {
        this("small", SliverConstants.small());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: sliver.lstep:45:1)
     */
    public static SliverProtocol forModel(String model) {
        switch(model) {
            case "small":
                return new SliverProtocol("small", SliverConstants.small());
            default:
                throw new IllegalArgumentException(("protocol Sliver has no model '" + model) + "'; its models: small");
        }
    }

    /**
     * The protocol's name. (spec: sliver.lstep:16:1)
     */
    @Override
    public String protocol() {
        return "Sliver";
    }

    /**
     * The model whose constants this descriptor uses. (spec: sliver.lstep:16:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: sliver.lstep:16:1)
     */
    public SliverConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: sliver.lstep:16:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.SET, false, false);
    }

    /**
     * The roles in spec order. (spec: sliver.lstep:16:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: sliver.lstep:16:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol Sliver has no message types");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: sliver.lstep:16:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: sliver.lstep:16:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
