package gen.twophasecommit;

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
 * Protocol TwoPhaseCommit under one model's constants, for the runtime. (spec: two-phase-commit.lstep:17:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit.lstep")
public final class TwoPhaseCommitProtocol implements ProtocolDescriptor {

    private final String model;

    private final TwoPhaseCommitConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: two-phase-commit.lstep:17:1)
     */
    public TwoPhaseCommitProtocol(String model, TwoPhaseCommitConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("TM", List.copyOf(SpecValues.setOf(constants.TMNode())), self -> new TMMachine(constants, self)), new Role("ResourceManager", List.copyOf(constants.RM()), self -> new ResourceManagerMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, small. (spec: two-phase-commit.lstep:79:1)
     */
    public TwoPhaseCommitProtocol() {
        this("small", TwoPhaseCommitConstants.small());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: two-phase-commit.lstep:79:1)
     */
    public static TwoPhaseCommitProtocol forModel(String model) {
        switch(model) {
            case "small":
                return new TwoPhaseCommitProtocol("small", TwoPhaseCommitConstants.small());
            case "rm5":
                return new TwoPhaseCommitProtocol("rm5", TwoPhaseCommitConstants.rm5());
            case "rm6":
                return new TwoPhaseCommitProtocol("rm6", TwoPhaseCommitConstants.rm6());
            case "rm7":
                return new TwoPhaseCommitProtocol("rm7", TwoPhaseCommitConstants.rm7());
            case "rm8":
                return new TwoPhaseCommitProtocol("rm8", TwoPhaseCommitConstants.rm8());
            case "smallSym":
                return new TwoPhaseCommitProtocol("smallSym", TwoPhaseCommitConstants.smallSym());
            case "rm5Sym":
                return new TwoPhaseCommitProtocol("rm5Sym", TwoPhaseCommitConstants.rm5Sym());
            case "rm9":
                return new TwoPhaseCommitProtocol("rm9", TwoPhaseCommitConstants.rm9());
            case "rm2":
                return new TwoPhaseCommitProtocol("rm2", TwoPhaseCommitConstants.rm2());
            default:
                throw new IllegalArgumentException(("protocol TwoPhaseCommit has no model '" + model) + "'; its models: small, rm5, rm6, rm7, rm8, smallSym, rm5Sym, rm9, rm2");
        }
    }

    /**
     * The protocol's name. (spec: two-phase-commit.lstep:17:1)
     */
    @Override
    public String protocol() {
        return "TwoPhaseCommit";
    }

    /**
     * The model whose constants this descriptor uses. (spec: two-phase-commit.lstep:17:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: two-phase-commit.lstep:17:1)
     */
    public TwoPhaseCommitConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: two-phase-commit.lstep:17:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.SET, false, false);
    }

    /**
     * The roles in spec order. (spec: two-phase-commit.lstep:17:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: two-phase-commit.lstep:13:1)
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
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol TwoPhaseCommit has Prepared, Commit, Abort");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: two-phase-commit.lstep:17:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: two-phase-commit.lstep:17:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
