package gen.changroberts;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol ChangRoberts, one record per message type. (spec: chang-roberts.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "chang-roberts.lstep")
public sealed interface ChangRobertsMessage extends Message permits Elect {
}
