package gen.hierelectionnotransfer;

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
 * Protocol HierElectionNoTransfer under one model's constants, for the runtime. (spec: hier-election-no-transfer.lstep:18:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election-no-transfer.lstep")
public final class HierElectionNoTransferProtocol implements ProtocolDescriptor {

    private final String model;

    private final HierElectionNoTransferConstants constants;

    private final List<RoleDescriptor> roles;

    /**
     * The protocol under constants bound by the model named {@code model}. (spec: hier-election-no-transfer.lstep:18:1)
     */
    public HierElectionNoTransferProtocol(String model, HierElectionNoTransferConstants constants) {
        this.model = model;
        this.constants = constants;
        this.roles = List.of(new Role("Member", List.copyOf(constants.Nodes()), self -> new MemberMachine(constants, self)));
    }

    /**
     * The protocol under the spec's first model, three. (spec: hier-election-no-transfer.lstep:86:1)
     */
    public HierElectionNoTransferProtocol() {
        this("three", HierElectionNoTransferConstants.three());
    }

    /**
     * The protocol under one of the spec's models; @throws IllegalArgumentException for another name (spec: hier-election-no-transfer.lstep:86:1)
     */
    public static HierElectionNoTransferProtocol forModel(String model) {
        switch(model) {
            case "three":
                return new HierElectionNoTransferProtocol("three", HierElectionNoTransferConstants.three());
            default:
                throw new IllegalArgumentException(("protocol HierElectionNoTransfer has no model '" + model) + "'; its models: three");
        }
    }

    /**
     * The protocol's name. (spec: hier-election-no-transfer.lstep:18:1)
     */
    @Override
    public String protocol() {
        return "HierElectionNoTransfer";
    }

    /**
     * The model whose constants this descriptor uses. (spec: hier-election-no-transfer.lstep:18:1)
     */
    @Override
    public String model() {
        return model;
    }

    /**
     * The model's constants. (spec: hier-election-no-transfer.lstep:18:1)
     */
    public HierElectionNoTransferConstants constants() {
        return constants;
    }

    /**
     * The network the spec assumes. (spec: hier-election-no-transfer.lstep:18:1)
     */
    @Override
    public NetworkSpec network() {
        return new NetworkSpec(NetworkSpec.Kind.SET, false, false);
    }

    /**
     * The roles in spec order. (spec: hier-election-no-transfer.lstep:18:1)
     */
    @Override
    public List<RoleDescriptor> roles() {
        return roles;
    }

    /**
     * Decodes a message from its ITF object; @throws MalformedValueException naming the unknown type or the missing or malformed field (spec: hier-election-no-transfer.lstep:13:1)
     */
    @Override
    public Message messageFromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        String type = SpecValues.field(r, "type", Itf::asString, "message");
        switch(type) {
            case "Cand":
                return Cand.fromItf(r);
            case "Decided":
                return Decided.fromItf(r);
            case "Down":
                return Down.fromItf(r);
            case "Report":
                return Report.fromItf(r);
            default:
                throw new MalformedValueException(("unknown message type '" + type) + "'; protocol HierElectionNoTransfer has Cand, Decided, Down, Report");
        }
    }

    /**
     * A role with its nodes and a machine factory. (spec: hier-election-no-transfer.lstep:18:1)
     */
    @Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election-no-transfer.lstep")
    private record Role(String name, List<NodeId> nodes, Function<NodeId, RoleMachine<? extends ItfEncodable>> factory) implements RoleDescriptor {

        /**
         * A fresh machine for one of the role's nodes. (spec: hier-election-no-transfer.lstep:18:1)
         */
        @Override
        public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
            if (!nodes.contains(self))
                throw new IllegalArgumentException((self + " is not a node of role ") + name);
            return factory.apply(self);
        }
    }
}
