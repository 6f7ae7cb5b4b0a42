package gen.minaddressleader;

import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Elect: the variables of the receiver's old state that the initiator's new values read. (spec: min-address-leader.lstep:19:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "min-address-leader.lstep")
public record ElectReply(long leader) {
}
