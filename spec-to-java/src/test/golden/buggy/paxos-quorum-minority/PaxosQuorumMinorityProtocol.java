package gen.paxosquorumminority;

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
 * Protocol PaxosQuorumMinority under one model's constants, for the runtime. (spec: paxos-quorum-minority.lstep:18:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-quorum-minority.lstep")
public final class PaxosQuorumMinorityProtocol implements ProtocolDescriptor {

    private final String model;

    private final PaxosQuorumMinorityConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: paxos-quorum-minority.lstep:18:1)
     */
    public PaxosQuorumMinorityProtocol(String model, PaxosQuorumMinorityConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Proposer", List.copyOf(constants.Proposers()), self -> new ProposerMachine(constants, self)), new Role("Acceptor", List.copyOf(constants.Acceptors()), self -> new AcceptorMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, small. (spec: paxos-quorum-minority.lstep:115:1)
     */
    public PaxosQuorumMinorityProtocol() {
        this("small", PaxosQuorumMinorityConstants.small());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: paxos-quorum-minority.lstep:115:1)
     */
    public static PaxosQuorumMinorityProtocol forModel(String model) {
        switch(model) {
            case "small":
                return new PaxosQuorumMinorityProtocol("small", PaxosQuorumMinorityConstants.small());
            default:
                throw new IllegalArgumentException(("protocol PaxosQuorumMinority has no model '" + model) + "'; its models: small");
        }
    }

    /**
     * The protocol's name. (spec: paxos-quorum-minority.lstep:18:1)
     */
    @Override
    public String protocol() {
        return "PaxosQuorumMinority";
    }

    /**
     * The model whose constants this descriptor uses. (spec: paxos-quorum-minority.lstep:18:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: paxos-quorum-minority.lstep:18:1)
     */
    public PaxosQuorumMinorityConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: paxos-quorum-minority.lstep:18:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.SET, false, false);
    }

    /**
     * The roles in spec order. (spec: paxos-quorum-minority.lstep:18:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: paxos-quorum-minority.lstep:13:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            case "P1a":
                return P1a.fromItf(r);
            case "P1b":
                return P1b.fromItf(r);
            case "P2a":
                return P2a.fromItf(r);
            case "P2b":
                return P2b.fromItf(r);
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol PaxosQuorumMinority has P1a, P1b, P2a, P2b");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: paxos-quorum-minority.lstep:18:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-quorum-minority.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: paxos-quorum-minority.lstep:18:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
