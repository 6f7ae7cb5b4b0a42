package gen.sliverinvertedpurge;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Gossip: the variables of the receiver's old state that the initiator's new values read. (spec: sliver-inverted-purge.lstep:28:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver-inverted-purge.lstep")
public record GossipReply() implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: sliver-inverted-purge.lstep:28:8)
     */
    @Override
    public Object toItf() {
        return Itf.record();
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: sliver-inverted-purge.lstep:28:8)
     */
    public static GossipReply fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new GossipReply();
    }
}
