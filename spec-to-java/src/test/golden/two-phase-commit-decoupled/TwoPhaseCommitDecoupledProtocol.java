package gen.twophasecommitdecoupled;

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
 * Protocol TwoPhaseCommitDecoupled under one model's constants, for the runtime. (spec: two-phase-commit-decoupled.lstep:21:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public final class TwoPhaseCommitDecoupledProtocol implements ProtocolDescriptor {

    private final String model;

    private final TwoPhaseCommitDecoupledConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: two-phase-commit-decoupled.lstep:21:1)
     */
    public TwoPhaseCommitDecoupledProtocol(String model, TwoPhaseCommitDecoupledConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("TM", List.copyOf(SpecValues.setOf(constants.TMNode())), self -> new TMMachine(constants, self)), new Role("CommitProxy", List.copyOf(constants.CommitProxies()), self -> new CommitProxyMachine(constants, self)), new Role("ResourceManager", List.copyOf(constants.RM()), self -> new ResourceManagerMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, small. (spec: two-phase-commit-decoupled.lstep:89:1)
     */
    public TwoPhaseCommitDecoupledProtocol() {
        this("small", TwoPhaseCommitDecoupledConstants.small());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: two-phase-commit-decoupled.lstep:89:1)
     */
    public static TwoPhaseCommitDecoupledProtocol forModel(String model) {
        switch(model) {
            case "small":
                return new TwoPhaseCommitDecoupledProtocol("small", TwoPhaseCommitDecoupledConstants.small());
            case "rm2":
                return new TwoPhaseCommitDecoupledProtocol("rm2", TwoPhaseCommitDecoupledConstants.rm2());
            default:
                throw new IllegalArgumentException(("protocol TwoPhaseCommitDecoupled has no model '" + model) + "'; its models: small, rm2");
        }
    }

    /**
     * The protocol's name. (spec: two-phase-commit-decoupled.lstep:21:1)
     */
    @Override
    public String protocol() {
        return "TwoPhaseCommitDecoupled";
    }

    /**
     * The model whose constants this descriptor uses. (spec: two-phase-commit-decoupled.lstep:21:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: two-phase-commit-decoupled.lstep:21:1)
     */
    public TwoPhaseCommitDecoupledConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: two-phase-commit-decoupled.lstep:21:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.SET, false, false);
    }

    /**
     * The roles in spec order. (spec: two-phase-commit-decoupled.lstep:21:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: two-phase-commit-decoupled.lstep:17:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            case "Prepared":
                return Prepared.fromItf(r);
            case "Commit":
                return Commit.fromItf(r);
            case "Abort":
                return Abort.fromItf(r);
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol TwoPhaseCommitDecoupled has Prepared, Commit, Abort");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: two-phase-commit-decoupled.lstep:21:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: two-phase-commit-decoupled.lstep:21:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
