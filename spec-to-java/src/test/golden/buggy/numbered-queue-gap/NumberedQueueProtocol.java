package gen.numberedqueue;

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
 * Protocol NumberedQueue under one model's constants, for the runtime. (spec: numbered-queue-gap.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "numbered-queue-gap.lstep")
public final class NumberedQueueProtocol implements ProtocolDescriptor {

    private final String model;

    private final NumberedQueueConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: numbered-queue-gap.lstep:13:1)
     */
    public NumberedQueueProtocol(String model, NumberedQueueConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Sender", List.copyOf(SpecValues.setOf(constants.S())), self -> new SenderMachine(constants, self)), new Role("Receiver", List.copyOf(SpecValues.setOf(constants.R())), self -> new ReceiverMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, small. (spec: numbered-queue-gap.lstep:36:1)
     */
    public NumberedQueueProtocol() {
        this("small", NumberedQueueConstants.small());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: numbered-queue-gap.lstep:36:1)
     */
    public static NumberedQueueProtocol forModel(String model) {
        switch(model) {
            case "small":
                return new NumberedQueueProtocol("small", NumberedQueueConstants.small());
            default:
                throw new IllegalArgumentException(("protocol NumberedQueue has no model '" + model) + "'; its models: small");
        }
    }

    /**
     * The protocol's name. (spec: numbered-queue-gap.lstep:13:1)
     */
    @Override
    public String protocol() {
        return "NumberedQueue";
    }

    /**
     * The model whose constants this descriptor uses. (spec: numbered-queue-gap.lstep:13:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: numbered-queue-gap.lstep:13:1)
     */
    public NumberedQueueConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: numbered-queue-gap.lstep:13:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.FIFO, true, false);
    }

    /**
     * The roles in spec order. (spec: numbered-queue-gap.lstep:13:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: numbered-queue-gap.lstep:11:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            case "Data":
                return Data.fromItf(r);
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol NumberedQueue has Data");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: numbered-queue-gap.lstep:13:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "numbered-queue-gap.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: numbered-queue-gap.lstep:13:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
