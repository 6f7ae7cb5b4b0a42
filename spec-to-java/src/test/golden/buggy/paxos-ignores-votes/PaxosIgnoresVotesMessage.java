package gen.paxosignoresvotes;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol PaxosIgnoresVotes, one record per message type. (spec: paxos-ignores-votes.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-ignores-votes.lstep")
public sealed interface PaxosIgnoresVotesMessage extends Message permits P1a, P1b, P2a, P2b {
}
