package gen.twophasecommitdecoupled;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol TwoPhaseCommitDecoupled, one record per message type. (spec: two-phase-commit-decoupled.lstep:17:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public sealed interface TwoPhaseCommitDecoupledMessage extends Message permits Prepared, Commit, Abort {
}
