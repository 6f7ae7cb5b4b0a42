package gen.paxosquorum;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol PaxosQuorum, one record per message type. (spec: paxos-quorum.lstep:18:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-quorum.lstep")
public sealed interface PaxosQuorumMessage extends Message permits P1a, P1b, P2a, P2b {
}
