package gen.minfindercomposed;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Node.Both_ByMemory: the initiator and the variables of its old state that the receiver reads. (spec: minfinder-composed.lstep:24:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
public record Both_ByMemoryRequest(NodeId initiator, long minMem) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: minfinder-composed.lstep:24:8)
     */
    @Override
    public Object toItf() {
        return Itf.record("initiator", initiator, "minMem", minMem);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: minfinder-composed.lstep:24:8)
     */
    public static Both_ByMemoryRequest fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Both_ByMemoryRequest(SpecValues.field(r, "initiator", Itf::asNode, "msg1 of exchange Node.Both_ByMemory"), SpecValues.field(r, "minMem", Itf::asLong, "msg1 of exchange Node.Both_ByMemory"));
    }
}
