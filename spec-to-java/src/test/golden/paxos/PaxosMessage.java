package gen.paxos;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol Paxos, one record per message type. (spec: paxos.lstep:18:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos.lstep")
public sealed interface PaxosMessage extends Message permits P1a, P1b, P2a, P2b {
}
