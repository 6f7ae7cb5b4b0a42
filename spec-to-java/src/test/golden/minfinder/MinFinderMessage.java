package gen.minfinder;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol MinFinder, one record per message type. (spec: minfinder.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder.lstep")
public sealed interface MinFinderMessage extends Message permits Gossip {
}
