package gen.raftelectiondoublevote;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol RaftElectionDoubleVote, one record per message type. (spec: raft-election-double-vote.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-election-double-vote.lstep")
public sealed interface RaftElectionDoubleVoteMessage extends Message permits RequestVote, Vote, AppendEntries {
}
