package gen.sliverinvertedpurge;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Node: its variables, in declaration order. (spec: sliver-inverted-purge.lstep:22:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver-inverted-purge.lstep")
public record NodeState(long now, Map<NodeId, Long> rumors) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: sliver-inverted-purge.lstep:22:1)
     */
    public NodeState {
        Objects.requireNonNull(rumors, "rumors");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: sliver-inverted-purge.lstep:22:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("now", now, "rumors", rumors);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: sliver-inverted-purge.lstep:22:1)
     */
    public static NodeState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new NodeState(SpecValues.field(r, "now", Itf::asLong, "state of role Node"), SpecValues.field(r, "rumors", x0 -> SpecValues.mapFromItf(x0, Itf::asNode, Itf::asLong), "state of role Node"));
    }
}
