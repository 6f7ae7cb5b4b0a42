package gen.raft;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol Raft, one record per message type. (spec: raft.lstep:37:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft.lstep")
public sealed interface RaftMessage extends Message permits RequestVote, Vote, AppendEntries, Ack {
}
