package gen.minfinderepoch;

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
 * Protocol MinFinderEpoch under one model's constants, for the runtime. (spec: minfinder-epoch.lstep:17:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch.lstep")
public final class MinFinderEpochProtocol implements ProtocolDescriptor {

    private final String model;

    private final MinFinderEpochConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: minfinder-epoch.lstep:17:1)
     */
    public MinFinderEpochProtocol(String model, MinFinderEpochConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Node", List.copyOf(constants.Nodes()), self -> new NodeMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, small. (spec: minfinder-epoch.lstep:54:1)
     */
    public MinFinderEpochProtocol() {
        this("small", MinFinderEpochConstants.small());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: minfinder-epoch.lstep:54:1)
     */
    public static MinFinderEpochProtocol forModel(String model) {
        switch(model) {
            case "small":
                return new MinFinderEpochProtocol("small", MinFinderEpochConstants.small());
            default:
                throw new IllegalArgumentException(("protocol MinFinderEpoch has no model '" + model) + "'; its models: small");
        }
    }

    /**
     * The protocol's name. (spec: minfinder-epoch.lstep:17:1)
     */
    @Override
    public String protocol() {
        return "MinFinderEpoch";
    }

    /**
     * The model whose constants this descriptor uses. (spec: minfinder-epoch.lstep:17:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: minfinder-epoch.lstep:17:1)
     */
    public MinFinderEpochConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: minfinder-epoch.lstep:17:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.SET, false, false);
    }

    /**
     * The roles in spec order. (spec: minfinder-epoch.lstep:17:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: minfinder-epoch.lstep:17:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol MinFinderEpoch has no message types");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: minfinder-epoch.lstep:17:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: minfinder-epoch.lstep:17:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
