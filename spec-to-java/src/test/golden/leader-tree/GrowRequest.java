package gen.leadertree;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Tree.Grow: the initiator and the variables of its old state that the receiver reads. (spec: leader-tree.lstep:31:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public record GrowRequest(NodeId initiator) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: leader-tree.lstep:31:8)
     */
    @Override
    public Object toItf() {
        return Itf.record("initiator", initiator);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: leader-tree.lstep:31:8)
     */
    public static GrowRequest fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new GrowRequest(SpecValues.field(r, "initiator", Itf::asNode, "msg1 of exchange Tree.Grow"));
    }
}
