package gen.minfindercomposed;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol MinFinderComposed, one record per message type. (spec: minfinder-composed.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
public interface MinFinderComposedMessage extends Message {
}
