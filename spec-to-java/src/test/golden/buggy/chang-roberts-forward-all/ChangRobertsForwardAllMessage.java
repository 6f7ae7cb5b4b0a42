package gen.changrobertsforwardall;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol ChangRobertsForwardAll, one record per message type. (spec: chang-roberts-forward-all.lstep:12:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "chang-roberts-forward-all.lstep")
public sealed interface ChangRobertsForwardAllMessage extends Message permits Elect {
}
