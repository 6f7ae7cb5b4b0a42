package gen.minfinderpairwise;

import dev.lockstep.runtime.api.NodeId;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Node.Gossip: the initiator and the variables of its old state that the receiver reads. (spec: minfinder-pairwise.lstep:18:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-pairwise.lstep")
public record GossipRequest(NodeId initiator, long val) {
}
