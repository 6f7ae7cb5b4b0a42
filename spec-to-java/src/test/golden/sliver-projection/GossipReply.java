package gen.sliver;

import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Gossip: the variables of the receiver's old state that the initiator's new values read. (spec: sliver.lstep:24:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver.lstep")
public record GossipReply() {
}
