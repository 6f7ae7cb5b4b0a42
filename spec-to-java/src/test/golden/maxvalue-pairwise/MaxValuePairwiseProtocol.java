package gen.maxvaluepairwise;

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
 * Protocol MaxValuePairwise under one model's constants, for the runtime. (spec: maxvalue-pairwise.lstep:10:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "maxvalue-pairwise.lstep")
public final class MaxValuePairwiseProtocol implements ProtocolDescriptor {

    private final String model;

    private final MaxValuePairwiseConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: maxvalue-pairwise.lstep:10:1)
     */
    public MaxValuePairwiseProtocol(String model, MaxValuePairwiseConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Node", List.copyOf(constants.Nodes()), self -> new NodeMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, small. (spec: maxvalue-pairwise.lstep:34:1)
     */
    public MaxValuePairwiseProtocol() {
        this("small", MaxValuePairwiseConstants.small());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: maxvalue-pairwise.lstep:34:1)
     */
    public static MaxValuePairwiseProtocol forModel(String model) {
        switch(model) {
            case "small":
                return new MaxValuePairwiseProtocol("small", MaxValuePairwiseConstants.small());
            default:
                throw new IllegalArgumentException(("protocol MaxValuePairwise has no model '" + model) + "'; its models: small");
        }
    }

    /**
     * The protocol's name. (spec: maxvalue-pairwise.lstep:10:1)
     */
    @Override
    public String protocol() {
        return "MaxValuePairwise";
    }

    /**
     * The model whose constants this descriptor uses. (spec: maxvalue-pairwise.lstep:10:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: maxvalue-pairwise.lstep:10:1)
     */
    public MaxValuePairwiseConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: maxvalue-pairwise.lstep:10:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.SET, false, false);
    }

    /**
     * The roles in spec order. (spec: maxvalue-pairwise.lstep:10:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: maxvalue-pairwise.lstep:10:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol MaxValuePairwise has no message types");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: maxvalue-pairwise.lstep:10:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "maxvalue-pairwise.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: maxvalue-pairwise.lstep:10:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
