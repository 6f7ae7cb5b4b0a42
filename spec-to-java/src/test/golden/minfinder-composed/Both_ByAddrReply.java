package gen.minfindercomposed;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Both_ByAddr: the variables of the receiver's old state that the initiator's new values read. (spec: minfinder-composed.lstep:20:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
public record Both_ByAddrReply(long minAddr) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: minfinder-composed.lstep:20:8)
     */
    @Override
    public Object toItf() {
        return Itf.record("minAddr", minAddr);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: minfinder-composed.lstep:20:8)
     */
    public static Both_ByAddrReply fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Both_ByAddrReply(SpecValues.field(r, "minAddr", Itf::asLong, "msg2 of exchange Node.Both_ByAddr"));
    }
}
