package gen.changrobertsforwardall;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol ChangRobertsForwardAll, bound by a model; the spec's definitions are methods because they read constants only. (spec: chang-roberts-forward-all.lstep:8:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "chang-roberts-forward-all.lstep")
public record ChangRobertsForwardAllConstants(Set<NodeId> Nodes, List<NodeId> Ring, Map<NodeId, Long> Id) {

    public ChangRobertsForwardAllConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Ring, "Ring");
        Objects.requireNonNull(Id, "Id");
    }

    /**
     * The constants of model wrongLeader. (spec: chang-roberts-forward-all.lstep:58:1)
     */
    public static ChangRobertsForwardAllConstants wrongLeader() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        List<NodeId> Ring = SpecValues.seqOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), 3L), SpecValues.singletonMap(NodeId.of("n2"), 1L)), SpecValues.singletonMap(NodeId.of("n3"), 2L));
        return new ChangRobertsForwardAllConstants(Nodes, Ring, Id);
    }

    /**
     * The constants of model twoLeaders. (spec: chang-roberts-forward-all.lstep:62:1)
     */
    public static ChangRobertsForwardAllConstants twoLeaders() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        List<NodeId> Ring = SpecValues.seqOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), 3L), SpecValues.singletonMap(NodeId.of("n2"), 1L)), SpecValues.singletonMap(NodeId.of("n3"), 2L));
        return new ChangRobertsForwardAllConstants(Nodes, Ring, Id);
    }

    /**
     * Definition Succ. (spec: chang-roberts-forward-all.lstep:17:1)
     */
    public NodeId Succ(NodeId n) {
        return SpecValues.<Long, NodeId>let(SpecValues.choose(SpecValues.domain(Ring()), i -> SpecValues.index(Ring(), i, "chang-roberts-forward-all.lstep:18:39").equals(n), "chang-roberts-forward-all.lstep:18:12"), i2 -> SpecValues.index(Ring(), Math.addExact(SpecValues.mod(i2, (long) Ring().size(), "chang-roberts-forward-all.lstep:19:12"), 1L), "chang-roberts-forward-all.lstep:19:6"));
    }
}
