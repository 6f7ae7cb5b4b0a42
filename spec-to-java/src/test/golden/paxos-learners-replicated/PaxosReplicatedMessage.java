package gen.paxosreplicated;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol PaxosReplicated, one record per message type. (spec: paxos-learners-replicated.lstep:23:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public sealed interface PaxosReplicatedMessage extends Message permits P1a, P1b, P2a, P2b {
}
