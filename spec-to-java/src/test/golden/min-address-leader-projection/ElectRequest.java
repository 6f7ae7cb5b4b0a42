package gen.minaddressleader;

import dev.lockstep.runtime.api.NodeId;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Node.Elect: the initiator and the variables of its old state that the receiver reads. (spec: min-address-leader.lstep:19:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "min-address-leader.lstep")
public record ElectRequest(NodeId initiator, long leader) {
}
