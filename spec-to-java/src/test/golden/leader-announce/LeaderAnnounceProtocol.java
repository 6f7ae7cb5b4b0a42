package gen.leaderannounce;

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
 * Protocol LeaderAnnounce under one model's constants, for the runtime. (spec: leader-announce.lstep:18:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce.lstep")
public final class LeaderAnnounceProtocol implements ProtocolDescriptor {

    private final String model;

    private final LeaderAnnounceConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: leader-announce.lstep:18:1)
     */
    public LeaderAnnounceProtocol(String model, LeaderAnnounceConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Coordinator", List.copyOf(SpecValues.setOf(constants.Coord())), self -> new CoordinatorMachine(constants, self)), new Role("Node", List.copyOf(constants.Nodes()), self -> new NodeMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, small. (spec: leader-announce.lstep:78:1)
     */
    public LeaderAnnounceProtocol() {
        this("small", LeaderAnnounceConstants.small());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: leader-announce.lstep:78:1)
     */
    public static LeaderAnnounceProtocol forModel(String model) {
        switch(model) {
            case "small":
                return new LeaderAnnounceProtocol("small", LeaderAnnounceConstants.small());
            default:
                throw new IllegalArgumentException(("protocol LeaderAnnounce has no model '" + model) + "'; its models: small");
        }
    }

    /**
     * The protocol's name. (spec: leader-announce.lstep:18:1)
     */
    @Override
    public String protocol() {
        return "LeaderAnnounce";
    }

    /**
     * The model whose constants this descriptor uses. (spec: leader-announce.lstep:18:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: leader-announce.lstep:18:1)
     */
    public LeaderAnnounceConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: leader-announce.lstep:18:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.FIFO, true, false);
    }

    /**
     * The roles in spec order. (spec: leader-announce.lstep:18:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: leader-announce.lstep:15:1)
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
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol LeaderAnnounce has Announce, Ack");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: leader-announce.lstep:18:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: leader-announce.lstep:18:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
