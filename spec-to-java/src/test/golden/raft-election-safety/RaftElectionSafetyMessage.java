package gen.raftelectionsafety;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol RaftElectionSafety, one record per message type. (spec: raft-election-safety.lstep:17:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-election-safety.lstep")
public sealed interface RaftElectionSafetyMessage extends Message permits RequestVote, Vote, AppendEntries {
}
