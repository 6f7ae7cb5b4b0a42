package gen.minfinderleavestale;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Gossip: the variables of the receiver's old state that the initiator's new values read. (spec: minfinder-leave-stale.lstep:20:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-leave-stale.lstep")
public record GossipReply(long cur) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: minfinder-leave-stale.lstep:20:8)
     */
    @Override
    public Object toItf() {
        return Itf.record("cur", cur);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: minfinder-leave-stale.lstep:20:8)
     */
    public static GossipReply fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new GossipReply(SpecValues.field(r, "cur", Itf::asLong, "msg2 of exchange Node.Gossip"));
    }
}
