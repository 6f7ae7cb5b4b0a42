package gen.leaderannouncerepick;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Node: its variables, in declaration order. (spec: leader-announce-repick.lstep:34:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce-repick.lstep")
public record NodeState(List<NodeId> leader) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: leader-announce-repick.lstep:34:1)
     */
    public NodeState {
        Objects.requireNonNull(leader, "leader");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: leader-announce-repick.lstep:34:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("leader", leader);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: leader-announce-repick.lstep:34:1)
     */
    public static NodeState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new NodeState(SpecValues.field(r, "leader", x0 -> SpecValues.seqFromItf(x0, Itf::asNode), "state of role Node"));
    }
}
