package gen.raftelection;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol RaftElection, one record per message type. (spec: raft-election.lstep:18:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-election.lstep")
public sealed interface RaftElectionMessage extends Message permits RequestVote, Vote, AppendEntries {
}
