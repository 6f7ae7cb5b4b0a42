package gen.paxosquorumminority;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol PaxosQuorumMinority, one record per message type. (spec: paxos-quorum-minority.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-quorum-minority.lstep")
public sealed interface PaxosQuorumMinorityMessage extends Message permits P1a, P1b, P2a, P2b {
}
