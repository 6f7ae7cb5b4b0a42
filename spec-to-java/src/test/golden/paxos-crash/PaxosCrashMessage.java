package gen.paxoscrash;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol PaxosCrash, one record per message type. (spec: paxos-crash.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-crash.lstep")
public sealed interface PaxosCrashMessage extends Message permits P1a, P1b, P2a, P2b {
}
