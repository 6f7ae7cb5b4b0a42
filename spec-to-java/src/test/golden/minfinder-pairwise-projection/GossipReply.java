package gen.minfinderpairwise;

import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Gossip: the variables of the receiver's old state that the initiator's new values read. (spec: minfinder-pairwise.lstep:18:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-pairwise.lstep")
public record GossipReply(long val) {
}
