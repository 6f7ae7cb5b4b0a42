package gen.gossipstack;

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
 * Protocol GossipStack under one model's constants, for the runtime. (spec: gossip-stack.lstep:19:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "gossip-stack.lstep")
public final class GossipStackProtocol implements ProtocolDescriptor {

    private final String model;

    private final GossipStackConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: gossip-stack.lstep:19:1)
     */
    public GossipStackProtocol(String model, GossipStackConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Node", List.copyOf(constants.Nodes()), self -> new NodeMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, line. (spec: gossip-stack.lstep:107:1)
     */
    public GossipStackProtocol() {
        this("line", GossipStackConstants.line());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: gossip-stack.lstep:107:1)
     */
    public static GossipStackProtocol forModel(String model) {
        switch(model) {
            case "line":
                return new GossipStackProtocol("line", GossipStackConstants.line());
            case "ring":
                return new GossipStackProtocol("ring", GossipStackConstants.ring());
            case "sim":
                return new GossipStackProtocol("sim", GossipStackConstants.sim());
            default:
                throw new IllegalArgumentException(("protocol GossipStack has no model '" + model) + "'; its models: line, ring, sim");
        }
    }

    /**
     * The protocol's name. (spec: gossip-stack.lstep:19:1)
     */
    @Override
    public String protocol() {
        return "GossipStack";
    }

    /**
     * The model whose constants this descriptor uses. (spec: gossip-stack.lstep:19:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: gossip-stack.lstep:19:1)
     */
    public GossipStackConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: gossip-stack.lstep:19:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.SET, false, false);
    }

    /**
     * The roles in spec order. (spec: gossip-stack.lstep:19:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: gossip-stack.lstep:19:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol GossipStack has no message types");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: gossip-stack.lstep:19:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "gossip-stack.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: gossip-stack.lstep:19:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
