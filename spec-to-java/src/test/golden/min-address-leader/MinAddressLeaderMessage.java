package gen.minaddressleader;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol MinAddressLeader, one record per message type. (spec: min-address-leader.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "min-address-leader.lstep")
public interface MinAddressLeaderMessage extends Message {
}
