package gen.minfindercomposed;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Node.Both: the initiator and the variables of its old state that the receiver reads. (spec: minfinder-composed.lstep:28:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
public record BothRequest(NodeId initiator, long minAddr, long minMem) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: minfinder-composed.lstep:28:3)
     */
    @Override
    public Object toItf() {
        return Itf.record("initiator", initiator, "minAddr", minAddr, "minMem", minMem);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: minfinder-composed.lstep:28:3)
     */
    public static BothRequest fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new BothRequest(SpecValues.field(r, "initiator", Itf::asNode, "msg1 of exchange Node.Both"), SpecValues.field(r, "minAddr", Itf::asLong, "msg1 of exchange Node.Both"), SpecValues.field(r, "minMem", Itf::asLong, "msg1 of exchange Node.Both"));
    }
}
