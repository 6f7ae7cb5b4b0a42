package gen.minfinderepoch;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol MinFinderEpoch, one record per message type. (spec: minfinder-epoch.lstep:17:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch.lstep")
public interface MinFinderEpochMessage extends Message {
}
