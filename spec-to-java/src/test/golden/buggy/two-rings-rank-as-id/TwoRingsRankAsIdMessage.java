package gen.tworingsrankasid;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol TwoRingsRankAsId, one record per message type. (spec: chang-roberts.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-rings-rank-as-id.lstep")
public sealed interface TwoRingsRankAsIdMessage extends Message permits Elect {
}
