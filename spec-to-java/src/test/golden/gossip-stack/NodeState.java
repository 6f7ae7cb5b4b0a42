package gen.gossipstack;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Node: its variables, in declaration order. (spec: gossip-stack.lstep:48:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "gossip-stack.lstep")
public record NodeState(long leader, NodeId parent, long root, long hops, Set<NodeId> kids, Map<NodeId, Long> sub, long count, long label_) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: gossip-stack.lstep:48:1)
     */
    public NodeState {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(kids, "kids");
        Objects.requireNonNull(sub, "sub");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: gossip-stack.lstep:48:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("count", count, "hops", hops, "kids", kids, "label", label_, "leader", leader, "parent", parent, "root", root, "sub", sub);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: gossip-stack.lstep:48:1)
     */
    public static NodeState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new NodeState(SpecValues.field(r, "leader", Itf::asLong, "state of role Node"), SpecValues.field(r, "parent", Itf::asNode, "state of role Node"), SpecValues.field(r, "root", Itf::asLong, "state of role Node"), SpecValues.field(r, "hops", Itf::asLong, "state of role Node"), SpecValues.field(r, "kids", x0 -> SpecValues.setFromItf(x0, Itf::asNode), "state of role Node"), SpecValues.field(r, "sub", x0 -> SpecValues.mapFromItf(x0, Itf::asNode, Itf::asLong), "state of role Node"), SpecValues.field(r, "count", Itf::asLong, "state of role Node"), SpecValues.field(r, "label", Itf::asLong, "state of role Node"));
    }
}
