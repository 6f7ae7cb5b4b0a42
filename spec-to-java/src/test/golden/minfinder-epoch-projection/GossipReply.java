package gen.minfinderepoch;

import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Gossip: the variables of the receiver's old state that the initiator's new values read. (spec: minfinder-epoch.lstep:26:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch.lstep")
public record GossipReply(long cur, long nxt) {
}
