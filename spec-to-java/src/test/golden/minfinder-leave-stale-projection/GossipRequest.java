package gen.minfinderleavestale;

import dev.lockstep.runtime.api.NodeId;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Node.Gossip: the initiator and the variables of its old state that the receiver reads. (spec: minfinder-leave-stale.lstep:20:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-leave-stale.lstep")
public record GossipRequest(NodeId initiator, long cur) {
}
