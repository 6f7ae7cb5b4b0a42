package gen.changrobertsforwardown;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol ChangRobertsForwardOwn, one record per message type. (spec: chang-roberts-forward-own.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "chang-roberts-forward-own.lstep")
public sealed interface ChangRobertsForwardOwnMessage extends Message permits Elect {
}
