package gen.gossipstack;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Stack: the variables of the receiver's old state that the initiator's new values read. (spec: gossip-stack.lstep:94:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "gossip-stack.lstep")
public record StackReply(long leader, NodeId parent, long root, long hops, Set<NodeId> kids, Map<NodeId, Long> sub, long count, long label_) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: gossip-stack.lstep:94:3)
     */
    @Override
    public Object toItf() {
        return Itf.record("count", count, "hops", hops, "kids", kids, "label", label_, "leader", leader, "parent", parent, "root", root, "sub", sub);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: gossip-stack.lstep:94:3)
     */
    public static StackReply fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new StackReply(SpecValues.field(r, "leader", Itf::asLong, "msg2 of exchange Node.Stack"), SpecValues.field(r, "parent", Itf::asNode, "msg2 of exchange Node.Stack"), SpecValues.field(r, "root", Itf::asLong, "msg2 of exchange Node.Stack"), SpecValues.field(r, "hops", Itf::asLong, "msg2 of exchange Node.Stack"), SpecValues.field(r, "kids", x0 -> SpecValues.setFromItf(x0, Itf::asNode), "msg2 of exchange Node.Stack"), SpecValues.field(r, "sub", x0 -> SpecValues.mapFromItf(x0, Itf::asNode, Itf::asLong), "msg2 of exchange Node.Stack"), SpecValues.field(r, "count", Itf::asLong, "msg2 of exchange Node.Stack"), SpecValues.field(r, "label", Itf::asLong, "msg2 of exchange Node.Stack"));
    }
}
