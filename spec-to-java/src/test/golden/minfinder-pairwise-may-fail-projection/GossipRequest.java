package gen.minfinderpairwisemayfail;

import dev.lockstep.runtime.api.NodeId;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Node.Gossip: the initiator and the variables of its old state that the receiver reads. (spec: minfinder-pairwise-may-fail.lstep:19:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-pairwise-may-fail.lstep")
public record GossipRequest(NodeId initiator, long val) {
}
