package gen.hierelection;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol HierElection, one record per message type. (spec: hier-election.lstep:28:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election.lstep")
public sealed interface HierElectionMessage extends Message permits Cand, Decided, Down, Report {
}
