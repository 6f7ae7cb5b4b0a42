package gen.paxoscrashmsgsvolatilepromise;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol PaxosCrashMsgsVolatilePromise, one record per message type. (spec: paxos-crash-msgs-volatile-promise.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-crash-msgs-volatile-promise.lstep")
public sealed interface PaxosCrashMsgsVolatilePromiseMessage extends Message permits P1a, P1b, P2a, P2b {
}
