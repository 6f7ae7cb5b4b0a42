package gen.gossipstack;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Stack_Elect_Grow: the variables of the receiver's old state that the initiator's new values read. (spec: gossip-stack.lstep:94:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "gossip-stack.lstep")
public record Stack_Elect_GrowReply(long leader, NodeId parent, long root, long hops) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: gossip-stack.lstep:94:3)
     */
    @Override
    public Object toItf() {
        return Itf.record("hops", hops, "leader", leader, "parent", parent, "root", root);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: gossip-stack.lstep:94:3)
     */
    public static Stack_Elect_GrowReply fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Stack_Elect_GrowReply(SpecValues.field(r, "leader", Itf::asLong, "msg2 of exchange Node.Stack_Elect_Grow"), SpecValues.field(r, "parent", Itf::asNode, "msg2 of exchange Node.Stack_Elect_Grow"), SpecValues.field(r, "root", Itf::asLong, "msg2 of exchange Node.Stack_Elect_Grow"), SpecValues.field(r, "hops", Itf::asLong, "msg2 of exchange Node.Stack_Elect_Grow"));
    }
}
