package gen.gossipstack;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol GossipStack, one record per message type. (spec: gossip-stack.lstep:19:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "gossip-stack.lstep")
public interface GossipStackMessage extends Message {
}
