package gen.minfinderpairwise;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol MinFinderPairwise, one record per message type. (spec: minfinder-pairwise.lstep:12:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-pairwise.lstep")
public interface MinFinderPairwiseMessage extends Message {
}
