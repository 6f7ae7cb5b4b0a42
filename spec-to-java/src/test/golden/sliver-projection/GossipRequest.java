package gen.sliver;

import dev.lockstep.runtime.api.NodeId;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Node.Gossip: the initiator and the variables of its old state that the receiver reads. (spec: sliver.lstep:24:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver.lstep")
public record GossipRequest(NodeId initiator) {
}
