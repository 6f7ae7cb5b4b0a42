package gen.paxoscrashmsgs;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol PaxosCrashMsgs, one record per message type. (spec: paxos-crash-msgs.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-crash-msgs.lstep")
public sealed interface PaxosCrashMsgsMessage extends Message permits P1a, P1b, P2a, P2b {
}
