package gen.twophasecommitlossy;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol TwoPhaseCommitLossy, one record per message type. (spec: two-phase-commit-lossy.lstep:16:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-lossy.lstep")
public sealed interface TwoPhaseCommitLossyMessage extends Message permits Prepared, Commit, Abort, AckPrepared, AckCommit, AckAbort {
}
