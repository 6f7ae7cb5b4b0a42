package gen.minfindermax;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol MinFinderMax, one record per message type. (spec: minfinder-max.lstep:10:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-max.lstep")
public sealed interface MinFinderMaxMessage extends Message permits Gossip {
}
