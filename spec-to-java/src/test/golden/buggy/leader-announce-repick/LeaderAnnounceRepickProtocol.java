package gen.leaderannouncerepick;

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
 * Protocol LeaderAnnounceRepick under one model's constants, for the runtime. (spec: leader-announce-repick.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce-repick.lstep")
public final class LeaderAnnounceRepickProtocol implements ProtocolDescriptor {

    private final String model;

    private final LeaderAnnounceRepickConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: leader-announce-repick.lstep:13:1)
     */
    public LeaderAnnounceRepickProtocol(String model, LeaderAnnounceRepickConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Coordinator", List.copyOf(SpecValues.setOf(constants.Coord())), self -> new CoordinatorMachine(constants, self)), new Role("Node", List.copyOf(constants.Nodes()), self -> new NodeMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, small. (spec: leader-announce-repick.lstep:69:1)
     */
    public LeaderAnnounceRepickProtocol() {
        this("small", LeaderAnnounceRepickConstants.small());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: leader-announce-repick.lstep:69:1)
     */
    public static LeaderAnnounceRepickProtocol forModel(String model) {
        switch(model) {
            case "small":
                return new LeaderAnnounceRepickProtocol("small", LeaderAnnounceRepickConstants.small());
            case "kept":
                return new LeaderAnnounceRepickProtocol("kept", LeaderAnnounceRepickConstants.kept());
            default:
                throw new IllegalArgumentException(("protocol LeaderAnnounceRepick has no model '" + model) + "'; its models: small, kept");
        }
    }

    /**
     * The protocol's name. (spec: leader-announce-repick.lstep:13:1)
     */
    @Override
    public String protocol() {
        return "LeaderAnnounceRepick";
    }

    /**
     * The model whose constants this descriptor uses. (spec: leader-announce-repick.lstep:13:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: leader-announce-repick.lstep:13:1)
     */
    public LeaderAnnounceRepickConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: leader-announce-repick.lstep:13:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.FIFO, true, false);
    }

    /**
     * The roles in spec order. (spec: leader-announce-repick.lstep:13:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: leader-announce-repick.lstep:10:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            case "Announce":
                return Announce.fromItf(r);
            case "Ack":
                return Ack.fromItf(r);
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol LeaderAnnounceRepick has Announce, Ack");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: leader-announce-repick.lstep:13:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce-repick.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: leader-announce-repick.lstep:13:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
