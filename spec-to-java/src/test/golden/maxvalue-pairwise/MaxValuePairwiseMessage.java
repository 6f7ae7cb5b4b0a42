package gen.maxvaluepairwise;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol MaxValuePairwise, one record per message type. (spec: maxvalue-pairwise.lstep:10:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "maxvalue-pairwise.lstep")
public interface MaxValuePairwiseMessage extends Message {
}
