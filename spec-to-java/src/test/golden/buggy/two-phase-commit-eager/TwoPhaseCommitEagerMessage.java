package gen.twophasecommiteager;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol TwoPhaseCommitEager, one record per message type. (spec: two-phase-commit-eager.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-eager.lstep")
public sealed interface TwoPhaseCommitEagerMessage extends Message permits Prepared, Commit, Abort {
}
