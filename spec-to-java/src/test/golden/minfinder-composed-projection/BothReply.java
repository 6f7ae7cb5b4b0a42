package gen.minfindercomposed;

import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Both: the variables of the receiver's old state that the initiator's new values read. (spec: minfinder-composed.lstep:28:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
public record BothReply(long minAddr, long minMem) {
}
