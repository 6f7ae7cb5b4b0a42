package gen.sliverinvertedpurge;

import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Gossip: the variables of the receiver's old state that the initiator's new values read. (spec: sliver-inverted-purge.lstep:28:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver-inverted-purge.lstep")
public record GossipReply() {
}
