package gen.leadertree;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol LeaderTree, one record per message type. (spec: leader-tree.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public interface LeaderTreeMessage extends Message {
}
