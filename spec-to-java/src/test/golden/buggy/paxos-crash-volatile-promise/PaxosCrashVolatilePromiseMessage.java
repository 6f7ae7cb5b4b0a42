package gen.paxoscrashvolatilepromise;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol PaxosCrashVolatilePromise, one record per message type. (spec: paxos-crash-volatile-promise.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-crash-volatile-promise.lstep")
public sealed interface PaxosCrashVolatilePromiseMessage extends Message permits P1a, P1b, P2a, P2b {
}
