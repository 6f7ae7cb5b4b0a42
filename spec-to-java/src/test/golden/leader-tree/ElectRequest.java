package gen.leadertree;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Leader.Elect: the initiator and the variables of its old state that the receiver reads. (spec: leader-tree.lstep:19:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public record ElectRequest(NodeId initiator, long leader) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: leader-tree.lstep:19:8)
     */
    @Override
    public Object toItf() {
        return Itf.record("initiator", initiator, "leader", leader);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: leader-tree.lstep:19:8)
     */
    public static ElectRequest fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new ElectRequest(SpecValues.field(r, "initiator", Itf::asNode, "msg1 of exchange Leader.Elect"), SpecValues.field(r, "leader", Itf::asLong, "msg1 of exchange Leader.Elect"));
    }
}
