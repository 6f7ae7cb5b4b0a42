package gen.leadertree;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Leader.Elect: the variables of the receiver's old state that the initiator's new values read. (spec: leader-tree.lstep:19:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public record ElectReply(long leader) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: leader-tree.lstep:19:8)
     */
    @Override
    public Object toItf() {
        return Itf.record("leader", leader);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: leader-tree.lstep:19:8)
     */
    public static ElectReply fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new ElectReply(SpecValues.field(r, "leader", Itf::asLong, "msg2 of exchange Leader.Elect"));
    }
}
