package gen.twophasecommittxs;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol TwoPhaseCommitTxs, one record per message type. (spec: two-phase-commit-txs.lstep:19:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-txs.lstep")
public sealed interface TwoPhaseCommitTxsMessage extends Message permits Prepared, Commit, Abort {
}
