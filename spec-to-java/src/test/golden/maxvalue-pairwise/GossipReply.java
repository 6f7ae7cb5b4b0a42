package gen.maxvaluepairwise;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Gossip: the variables of the receiver's old state that the initiator's new values read. (spec: maxvalue-pairwise.lstep:16:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "maxvalue-pairwise.lstep")
public record GossipReply(long val) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: maxvalue-pairwise.lstep:16:8)
     */
    @Override
    public Object toItf() {
        return Itf.record("val", val);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: maxvalue-pairwise.lstep:16:8)
     */
    public static GossipReply fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new GossipReply(SpecValues.field(r, "val", Itf::asLong, "msg2 of exchange Node.Gossip"));
    }
}
