package gen.maxvaluepairwise;

import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Gossip: the variables of the receiver's old state that the initiator's new values read. (spec: maxvalue-pairwise.lstep:16:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "maxvalue-pairwise.lstep")
public record GossipReply(long val) {
}
