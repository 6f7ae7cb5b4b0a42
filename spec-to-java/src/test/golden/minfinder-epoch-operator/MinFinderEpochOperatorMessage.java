package gen.minfinderepochoperator;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol MinFinderEpochOperator, one record per message type. (spec: minfinder-epoch-operator.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch-operator.lstep")
public interface MinFinderEpochOperatorMessage extends Message {
}
