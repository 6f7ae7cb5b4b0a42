package gen.raftnotruncation;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol RaftNoTruncation, one record per message type. (spec: raft-no-truncation.lstep:19:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-no-truncation.lstep")
public sealed interface RaftNoTruncationMessage extends Message permits RequestVote, Vote, AppendEntries, Ack {
}
