package gen.tworings;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol TwoRings, one record per message type. (spec: chang-roberts.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-rings.lstep")
public sealed interface TwoRingsMessage extends Message permits Elect {
}
