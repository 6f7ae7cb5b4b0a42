package gen.hierelectionnotransfer;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol HierElectionNoTransfer, one record per message type. (spec: hier-election-no-transfer.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election-no-transfer.lstep")
public sealed interface HierElectionNoTransferMessage extends Message permits Cand, Decided, Down, Report {
}
