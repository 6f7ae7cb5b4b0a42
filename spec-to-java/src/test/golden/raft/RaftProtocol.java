package gen.raft;

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
 * Protocol Raft under one model's constants, for the runtime. (spec: raft.lstep:43:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft.lstep")
public final class RaftProtocol implements ProtocolDescriptor {

    private final String model;

    private final RaftConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: raft.lstep:43:1)
     */
    public RaftProtocol(String model, RaftConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Server", List.copyOf(constants.Servers()), self -> new ServerMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, tiny. (spec: raft.lstep:222:1)
     */
    public RaftProtocol() {
        this("tiny", RaftConstants.tiny());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: raft.lstep:222:1)
     */
    public static RaftProtocol forModel(String model) {
        switch(model) {
            case "tiny":
                return new RaftProtocol("tiny", RaftConstants.tiny());
            case "tinySym":
                return new RaftProtocol("tinySym", RaftConstants.tinySym());
            case "cluster":
                return new RaftProtocol("cluster", RaftConstants.cluster());
            default:
                throw new IllegalArgumentException(("protocol Raft has no model '" + model) + "'; its models: tiny, tinySym, cluster");
        }
    }

    /**
     * The protocol's name. (spec: raft.lstep:43:1)
     */
    @Override
    public String protocol() {
        return "Raft";
    }

    /**
     * The model whose constants this descriptor uses. (spec: raft.lstep:43:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: raft.lstep:43:1)
     */
    public RaftConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: raft.lstep:43:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.SET, false, false);
    }

    /**
     * The roles in spec order. (spec: raft.lstep:43:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: raft.lstep:37:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            case "RequestVote":
                return RequestVote.fromItf(r);
            case "Vote":
                return Vote.fromItf(r);
            case "AppendEntries":
                return AppendEntries.fromItf(r);
            case "Ack":
                return Ack.fromItf(r);
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol Raft has RequestVote, Vote, AppendEntries, Ack");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: raft.lstep:43:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: raft.lstep:43:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
