package gen.lamportmutex;

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
 * Protocol LamportMutex under one model's constants, for the runtime. (spec: lamport-mutex.lstep:25:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "lamport-mutex.lstep")
public final class LamportMutexProtocol implements ProtocolDescriptor {

    private final String model;

    private final LamportMutexConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: lamport-mutex.lstep:25:1)
     */
    public LamportMutexProtocol(String model, LamportMutexConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("P", List.copyOf(constants.Procs()), self -> new PMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, small. (spec: lamport-mutex.lstep:71:1)
     */
    public LamportMutexProtocol() {
        this("small", LamportMutexConstants.small());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: lamport-mutex.lstep:71:1)
     */
    public static LamportMutexProtocol forModel(String model) {
        switch(model) {
            case "small":
                return new LamportMutexProtocol("small", LamportMutexConstants.small());
            case "n3":
                return new LamportMutexProtocol("n3", LamportMutexConstants.n3());
            default:
                throw new IllegalArgumentException(("protocol LamportMutex has no model '" + model) + "'; its models: small, n3");
        }
    }

    /**
     * The protocol's name. (spec: lamport-mutex.lstep:25:1)
     */
    @Override
    public String protocol() {
        return "LamportMutex";
    }

    /**
     * The model whose constants this descriptor uses. (spec: lamport-mutex.lstep:25:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: lamport-mutex.lstep:25:1)
     */
    public LamportMutexConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: lamport-mutex.lstep:25:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.FIFO, false, false);
    }

    /**
     * The roles in spec order. (spec: lamport-mutex.lstep:25:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: lamport-mutex.lstep:21:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            case "Req":
                return Req.fromItf(r);
            case "Ack":
                return Ack.fromItf(r);
            case "Rel":
                return Rel.fromItf(r);
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol LamportMutex has Req, Ack, Rel");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: lamport-mutex.lstep:25:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "lamport-mutex.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: lamport-mutex.lstep:25:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
