package gen.minfinderpairwisemayfail;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol MinFinderPairwiseMayFail, one record per message type. (spec: minfinder-pairwise-may-fail.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-pairwise-may-fail.lstep")
public interface MinFinderPairwiseMayFailMessage extends Message {
}
