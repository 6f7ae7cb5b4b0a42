package gen.numberedqueue;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol NumberedQueue, one record per message type. (spec: numbered-queue-gap.lstep:11:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "numbered-queue-gap.lstep")
public sealed interface NumberedQueueMessage extends Message permits Data {
}
