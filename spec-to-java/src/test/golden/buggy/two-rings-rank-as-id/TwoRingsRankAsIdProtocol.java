package gen.tworingsrankasid;

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
 * Protocol TwoRingsRankAsId under one model's constants, for the runtime. (spec: two-rings-rank-as-id.lstep:16:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-rings-rank-as-id.lstep")
public final class TwoRingsRankAsIdProtocol implements ProtocolDescriptor {

    private final String model;

    private final TwoRingsRankAsIdConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: two-rings-rank-as-id.lstep:16:1)
     */
    public TwoRingsRankAsIdProtocol(String model, TwoRingsRankAsIdConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Lower_Node", List.copyOf(constants.Lower_Nodes()), self -> new NodeMachine("Lower", constants, self)), new Role("Upper_Node", List.copyOf(constants.Upper_Nodes()), self -> new NodeMachine("Upper", constants, self)));
    }

    /**
     * The protocol under the spec's first model, small. (spec: two-rings-rank-as-id.lstep:21:1)
     */
    public TwoRingsRankAsIdProtocol() {
        this("small", TwoRingsRankAsIdConstants.small());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: two-rings-rank-as-id.lstep:21:1)
     */
    public static TwoRingsRankAsIdProtocol forModel(String model) {
        switch(model) {
            case "small":
                return new TwoRingsRankAsIdProtocol("small", TwoRingsRankAsIdConstants.small());
            default:
                throw new IllegalArgumentException(("protocol TwoRingsRankAsId has no model '" + model) + "'; its models: small");
        }
    }

    /**
     * The protocol's name. (spec: two-rings-rank-as-id.lstep:16:1)
     */
    @Override
    public String protocol() {
        return "TwoRingsRankAsId";
    }

    /**
     * The model whose constants this descriptor uses. (spec: two-rings-rank-as-id.lstep:16:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: two-rings-rank-as-id.lstep:16:1)
     */
    public TwoRingsRankAsIdConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: two-rings-rank-as-id.lstep:16:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.FIFO, false, false);
    }

    /**
     * The roles in spec order. (spec: two-rings-rank-as-id.lstep:16:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: chang-roberts.lstep:15:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            case "Lower_Elect":
                return Elect.fromItf("Lower", r);
            case "Upper_Elect":
                return Elect.fromItf("Upper", r);
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol TwoRingsRankAsId has Lower_Elect, Upper_Elect");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: two-rings-rank-as-id.lstep:16:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-rings-rank-as-id.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: two-rings-rank-as-id.lstep:16:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
