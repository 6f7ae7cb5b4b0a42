package gen.minfinderleavestale;

import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Gossip: the variables of the receiver's old state that the initiator's new values read. (spec: minfinder-leave-stale.lstep:20:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-leave-stale.lstep")
public record GossipReply(long cur) {
}
