package gen.lamportmutex;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol LamportMutex, one record per message type. (spec: lamport-mutex.lstep:21:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "lamport-mutex.lstep")
public sealed interface LamportMutexMessage extends Message permits Req, Ack, Rel {
}
