package gen.gossipstack;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Node.Stack_Count_Label: the initiator and the variables of its old state that the receiver reads. (spec: gossip-stack.lstep:94:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "gossip-stack.lstep")
public record Stack_Count_LabelRequest(NodeId initiator, Set<NodeId> kids, Map<NodeId, Long> sub, long count, long label_) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: gossip-stack.lstep:94:3)
     */
    @Override
    public Object toItf() {
        return Itf.record("count", count, "initiator", initiator, "kids", kids, "label", label_, "sub", sub);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: gossip-stack.lstep:94:3)
     */
    public static Stack_Count_LabelRequest fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Stack_Count_LabelRequest(SpecValues.field(r, "initiator", Itf::asNode, "msg1 of exchange Node.Stack_Count_Label"), SpecValues.field(r, "kids", x0 -> SpecValues.setFromItf(x0, Itf::asNode), "msg1 of exchange Node.Stack_Count_Label"), SpecValues.field(r, "sub", x0 -> SpecValues.mapFromItf(x0, Itf::asNode, Itf::asLong), "msg1 of exchange Node.Stack_Count_Label"), SpecValues.field(r, "count", Itf::asLong, "msg1 of exchange Node.Stack_Count_Label"), SpecValues.field(r, "label", Itf::asLong, "msg1 of exchange Node.Stack_Count_Label"));
    }
}
