package gen.minfindercomposed;

import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Both_ByMemory: the variables of the receiver's old state that the initiator's new values read. (spec: minfinder-composed.lstep:24:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
public record Both_ByMemoryReply(long minMem) {
}
