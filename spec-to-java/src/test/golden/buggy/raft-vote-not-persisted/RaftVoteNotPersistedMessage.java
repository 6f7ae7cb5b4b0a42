package gen.raftvotenotpersisted;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol RaftVoteNotPersisted, one record per message type. (spec: raft-vote-not-persisted.lstep:17:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-vote-not-persisted.lstep")
public sealed interface RaftVoteNotPersistedMessage extends Message permits RequestVote, Vote, AppendEntries, Ack {
}
