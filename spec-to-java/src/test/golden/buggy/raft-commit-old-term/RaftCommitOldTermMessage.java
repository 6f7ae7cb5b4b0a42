package gen.raftcommitoldterm;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol RaftCommitOldTerm, one record per message type. (spec: raft-commit-old-term.lstep:20:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-commit-old-term.lstep")
public sealed interface RaftCommitOldTermMessage extends Message permits RequestVote, Vote, AppendEntries, Ack {
}
