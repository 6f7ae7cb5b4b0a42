package gen.sliverinvertedpurge;

import dev.lockstep.runtime.api.Message;
import javax.annotation.processing.Generated;

/**
 * The messages of protocol SliverInvertedPurge, one record per message type. (spec: sliver-inverted-purge.lstep:20:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver-inverted-purge.lstep")
public interface SliverInvertedPurgeMessage extends Message {
}
