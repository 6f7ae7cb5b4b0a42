package gen.twophasecommittxssharded;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol TwoPhaseCommitTxsSharded, one record per message type. (spec: two-phase-commit-txs-sharded.lstep:24:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-txs-sharded.lstep")
public sealed interface TwoPhaseCommitTxsShardedMessage extends Message permits Prepared, Commit, Abort {
}
