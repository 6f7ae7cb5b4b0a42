package gen.changrobertsforwardall;

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
 * Protocol ChangRobertsForwardAll under one model's constants, for the runtime. (spec: chang-roberts-forward-all.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "chang-roberts-forward-all.lstep")
public final class ChangRobertsForwardAllProtocol implements ProtocolDescriptor {

    private final String model;

    private final ChangRobertsForwardAllConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: chang-roberts-forward-all.lstep:14:1)
     */
    public ChangRobertsForwardAllProtocol(String model, ChangRobertsForwardAllConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Node", List.copyOf(constants.Nodes()), self -> new NodeMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, wrongLeader. (spec: chang-roberts-forward-all.lstep:58:1)
     */
    public ChangRobertsForwardAllProtocol() {
        this("wrongLeader", ChangRobertsForwardAllConstants.wrongLeader());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: chang-roberts-forward-all.lstep:58:1)
     */
    public static ChangRobertsForwardAllProtocol forModel(String model) {
        switch(model) {
            case "wrongLeader":
                return new ChangRobertsForwardAllProtocol("wrongLeader", ChangRobertsForwardAllConstants.wrongLeader());
            case "twoLeaders":
                return new ChangRobertsForwardAllProtocol("twoLeaders", ChangRobertsForwardAllConstants.twoLeaders());
            default:
                throw new IllegalArgumentException(("protocol ChangRobertsForwardAll has no model '" + model) + "'; its models: wrongLeader, twoLeaders");
        }
    }

    /**
     * The protocol's name. (spec: chang-roberts-forward-all.lstep:14:1)
     */
    @Override
    public String protocol() {
        return "ChangRobertsForwardAll";
    }

    /**
     * The model whose constants this descriptor uses. (spec: chang-roberts-forward-all.lstep:14:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: chang-roberts-forward-all.lstep:14:1)
     */
    public ChangRobertsForwardAllConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: chang-roberts-forward-all.lstep:14:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.FIFO, false, false);
    }

    /**
     * The roles in spec order. (spec: chang-roberts-forward-all.lstep:14:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: chang-roberts-forward-all.lstep:12:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            case "Elect":
                return Elect.fromItf(r);
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol ChangRobertsForwardAll has Elect");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: chang-roberts-forward-all.lstep:14:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "chang-roberts-forward-all.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: chang-roberts-forward-all.lstep:14:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
