package gen.minfinderepoch;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Gossip: the variables of the receiver's old state that the initiator's new values read. (spec: minfinder-epoch.lstep:26:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch.lstep")
public record GossipReply(long cur, long nxt) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: minfinder-epoch.lstep:26:8)
     */
    @Override
    public Object toItf() {
        return Itf.record("cur", cur, "nxt", nxt);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: minfinder-epoch.lstep:26:8)
     */
    public static GossipReply fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new GossipReply(SpecValues.field(r, "cur", Itf::asLong, "msg2 of exchange Node.Gossip"), SpecValues.field(r, "nxt", Itf::asLong, "msg2 of exchange Node.Gossip"));
    }
}
