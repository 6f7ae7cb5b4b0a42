package gen.minfinderleavestale;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol MinFinderLeaveStale, one record per message type. (spec: minfinder-leave-stale.lstep:12:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-leave-stale.lstep")
public interface MinFinderLeaveStaleMessage extends Message {
}
