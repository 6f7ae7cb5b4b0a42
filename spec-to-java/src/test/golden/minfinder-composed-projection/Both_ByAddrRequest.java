package gen.minfindercomposed;

import dev.lockstep.runtime.api.NodeId;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Node.Both_ByAddr: the initiator and the variables of its old state that the receiver reads. (spec: minfinder-composed.lstep:20:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
public record Both_ByAddrRequest(NodeId initiator, long minAddr) {
}
