package gen.minfindermax;

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
 * Protocol MinFinderMax under one model's constants, for the runtime. (spec: minfinder-max.lstep:12:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-max.lstep")
public final class MinFinderMaxProtocol implements ProtocolDescriptor {

    private final String model;

    private final MinFinderMaxConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: minfinder-max.lstep:12:1)
     */
    public MinFinderMaxProtocol(String model, MinFinderMaxConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Node", List.copyOf(constants.Nodes()), self -> new NodeMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, small. (spec: minfinder-max.lstep:41:1)
     */
    public MinFinderMaxProtocol() {
        this("small", MinFinderMaxConstants.small());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: minfinder-max.lstep:41:1)
     */
    public static MinFinderMaxProtocol forModel(String model) {
        switch(model) {
            case "small":
                return new MinFinderMaxProtocol("small", MinFinderMaxConstants.small());
            default:
                throw new IllegalArgumentException(("protocol MinFinderMax has no model '" + model) + "'; its models: small");
        }
    }

    /**
     * The protocol's name. (spec: minfinder-max.lstep:12:1)
     */
    @Override
    public String protocol() {
        return "MinFinderMax";
    }

    /**
     * The model whose constants this descriptor uses. (spec: minfinder-max.lstep:12:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: minfinder-max.lstep:12:1)
     */
    public MinFinderMaxConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: minfinder-max.lstep:12:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.SET, false, false);
    }

    /**
     * The roles in spec order. (spec: minfinder-max.lstep:12:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: minfinder-max.lstep:10:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            case "Gossip":
                return Gossip.fromItf(r);
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol MinFinderMax has Gossip");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: minfinder-max.lstep:12:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-max.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: minfinder-max.lstep:12:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
