package gen.leaderannounce;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Coordinator: its variables, in declaration order. (spec: leader-announce.lstep:20:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce.lstep")
public record CoordinatorState(Map<NodeId, Long> priority, List<NodeId> leader, long round, Set<NodeId> acked) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: leader-announce.lstep:20:1)
     */
    public CoordinatorState {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(acked, "acked");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: leader-announce.lstep:20:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("acked", acked, "leader", leader, "priority", priority, "round", round);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: leader-announce.lstep:20:1)
     */
    public static CoordinatorState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new CoordinatorState(SpecValues.field(r, "priority", x0 -> SpecValues.mapFromItf(x0, Itf::asNode, Itf::asLong), "state of role Coordinator"), SpecValues.field(r, "leader", x0 -> SpecValues.seqFromItf(x0, Itf::asNode), "state of role Coordinator"), SpecValues.field(r, "round", Itf::asLong, "state of role Coordinator"), SpecValues.field(r, "acked", x0 -> SpecValues.setFromItf(x0, Itf::asNode), "state of role Coordinator"));
    }
}
