package gen.paxosreplicated;

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
 * Protocol PaxosReplicated under one model's constants, for the runtime. (spec: paxos-learners-replicated.lstep:28:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public final class PaxosReplicatedProtocol implements ProtocolDescriptor {

    private final String model;

    private final PaxosReplicatedConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: paxos-learners-replicated.lstep:28:1)
     */
    public PaxosReplicatedProtocol(String model, PaxosReplicatedConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Proposer", List.copyOf(constants.Proposers()), self -> new ProposerMachine(constants, self)), new Role("Acceptor", List.copyOf(constants.Acceptors()), self -> new AcceptorMachine(constants, self)), new Role("Learner", List.copyOf(constants.Learners()), self -> new LearnerMachine(constants, self)), new Role("LearnerReplica2", List.copyOf(constants.LearnersReplica2()), self -> new LearnerReplica2Machine(constants, self)), new Role("LearnerReplica3", List.copyOf(constants.LearnersReplica3()), self -> new LearnerReplica3Machine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, tiny. (spec: paxos-learners-replicated.lstep:218:1)
     */
    public PaxosReplicatedProtocol() {
        this("tiny", PaxosReplicatedConstants.tiny());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: paxos-learners-replicated.lstep:218:1)
     */
    public static PaxosReplicatedProtocol forModel(String model) {
        switch(model) {
            case "tiny":
                return new PaxosReplicatedProtocol("tiny", PaxosReplicatedConstants.tiny());
            default:
                throw new IllegalArgumentException(("protocol PaxosReplicated has no model '" + model) + "'; its models: tiny");
        }
    }

    /**
     * The protocol's name. (spec: paxos-learners-replicated.lstep:28:1)
     */
    @Override
    public String protocol() {
        return "PaxosReplicated";
    }

    /**
     * The model whose constants this descriptor uses. (spec: paxos-learners-replicated.lstep:28:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: paxos-learners-replicated.lstep:28:1)
     */
    public PaxosReplicatedConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: paxos-learners-replicated.lstep:28:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.SET, false, false);
    }

    /**
     * The roles in spec order. (spec: paxos-learners-replicated.lstep:28:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: paxos-learners-replicated.lstep:23:1)
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
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol PaxosReplicated has P1a, P1b, P2a, P2b");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: paxos-learners-replicated.lstep:28:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: paxos-learners-replicated.lstep:28:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
