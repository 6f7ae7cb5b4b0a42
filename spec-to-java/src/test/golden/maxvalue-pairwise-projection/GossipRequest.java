package gen.maxvaluepairwise;

import dev.lockstep.runtime.api.NodeId;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Node.Gossip: the initiator and the variables of its old state that the receiver reads. (spec: maxvalue-pairwise.lstep:16:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "maxvalue-pairwise.lstep")
public record GossipRequest(NodeId initiator, long val) {
}
