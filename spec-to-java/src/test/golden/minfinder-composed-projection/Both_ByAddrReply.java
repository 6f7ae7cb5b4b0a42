package gen.minfindercomposed;

import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Both_ByAddr: the variables of the receiver's old state that the initiator's new values read. (spec: minfinder-composed.lstep:20:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
public record Both_ByAddrReply(long minAddr) {
}
