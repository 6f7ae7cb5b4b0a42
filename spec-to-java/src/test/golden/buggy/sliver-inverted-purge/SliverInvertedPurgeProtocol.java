package gen.sliverinvertedpurge;

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
 * Protocol SliverInvertedPurge under one model's constants, for the runtime. (spec: sliver-inverted-purge.lstep:20:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver-inverted-purge.lstep")
public final class SliverInvertedPurgeProtocol implements ProtocolDescriptor {

    private final String model;

    private final SliverInvertedPurgeConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: sliver-inverted-purge.lstep:20:1)
     */
    public SliverInvertedPurgeProtocol(String model, SliverInvertedPurgeConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Node", List.copyOf(constants.Nodes()), self -> new NodeMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, small. (spec: sliver-inverted-purge.lstep:49:1)
     */
    public SliverInvertedPurgeProtocol() {
        this("small", SliverInvertedPurgeConstants.small());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: sliver-inverted-purge.lstep:49:1)
     */
    public static SliverInvertedPurgeProtocol forModel(String model) {
        switch(model) {
            case "small":
                return new SliverInvertedPurgeProtocol("small", SliverInvertedPurgeConstants.small());
            default:
                throw new IllegalArgumentException(("protocol SliverInvertedPurge has no model '" + model) + "'; its models: small");
        }
    }

    /**
     * The protocol's name. (spec: sliver-inverted-purge.lstep:20:1)
     */
    @Override
    public String protocol() {
        return "SliverInvertedPurge";
    }

    /**
     * The model whose constants this descriptor uses. (spec: sliver-inverted-purge.lstep:20:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: sliver-inverted-purge.lstep:20:1)
     */
    public SliverInvertedPurgeConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: sliver-inverted-purge.lstep:20:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.SET, false, false);
    }

    /**
     * The roles in spec order. (spec: sliver-inverted-purge.lstep:20:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: sliver-inverted-purge.lstep:20:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol SliverInvertedPurge has no message types");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: sliver-inverted-purge.lstep:20:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver-inverted-purge.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: sliver-inverted-purge.lstep:20:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
