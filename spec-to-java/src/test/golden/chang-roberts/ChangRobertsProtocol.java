package gen.changroberts;

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
 * Protocol ChangRoberts under one model's constants, for the runtime. (spec: chang-roberts.lstep:17:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "chang-roberts.lstep")
public final class ChangRobertsProtocol implements ProtocolDescriptor {

    private final String model;

    private final ChangRobertsConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: chang-roberts.lstep:17:1)
     */
    public ChangRobertsProtocol(String model, ChangRobertsConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Node", List.copyOf(constants.Nodes()), self -> new NodeMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, ring3. (spec: chang-roberts.lstep:70:1)
     */
    public ChangRobertsProtocol() {
        this("ring3", ChangRobertsConstants.ring3());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: chang-roberts.lstep:70:1)
     */
    public static ChangRobertsProtocol forModel(String model) {
        switch(model) {
            case "ring3":
                return new ChangRobertsProtocol("ring3", ChangRobertsConstants.ring3());
            case "ring3b":
                return new ChangRobertsProtocol("ring3b", ChangRobertsConstants.ring3b());
            case "ring4":
                return new ChangRobertsProtocol("ring4", ChangRobertsConstants.ring4());
            case "ring4b":
                return new ChangRobertsProtocol("ring4b", ChangRobertsConstants.ring4b());
            case "ring4c":
                return new ChangRobertsProtocol("ring4c", ChangRobertsConstants.ring4c());
            default:
                throw new IllegalArgumentException(("protocol ChangRoberts has no model '" + model) + "'; its models: ring3, ring3b, ring4, ring4b, ring4c");
        }
    }

    /**
     * The protocol's name. (spec: chang-roberts.lstep:17:1)
     */
    @Override
    public String protocol() {
        return "ChangRoberts";
    }

    /**
     * The model whose constants this descriptor uses. (spec: chang-roberts.lstep:17:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: chang-roberts.lstep:17:1)
     */
    public ChangRobertsConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: chang-roberts.lstep:17:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.FIFO, false, false);
    }

    /**
     * The roles in spec order. (spec: chang-roberts.lstep:17:1)
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
            case "Elect":
                return Elect.fromItf(r);
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol ChangRoberts has Elect");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: chang-roberts.lstep:17:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "chang-roberts.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: chang-roberts.lstep:17:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
