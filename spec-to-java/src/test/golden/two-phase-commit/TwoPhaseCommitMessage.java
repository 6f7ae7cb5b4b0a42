package gen.twophasecommit;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol TwoPhaseCommit, one record per message type. (spec: two-phase-commit.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit.lstep")
public sealed interface TwoPhaseCommitMessage extends Message permits Prepared, Commit, Abort {
}
