package gen.minfinderepoch;

import dev.lockstep.runtime.api.NodeId;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Node.Gossip: the initiator and the variables of its old state that the receiver reads. (spec: minfinder-epoch.lstep:26:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch.lstep")
public record GossipRequest(NodeId initiator, long epoch, long cur, long nxt) {
}
