package gen.changrobertsforwardown;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol ChangRobertsForwardOwn, bound by a model; the spec's definitions are methods because they read constants only. (spec: chang-roberts-forward-own.lstep:9:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "chang-roberts-forward-own.lstep")
public record ChangRobertsForwardOwnConstants(Set<NodeId> Nodes, List<NodeId> Ring, Map<NodeId, Long> Id) {

    public ChangRobertsForwardOwnConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Ring, "Ring");
        Objects.requireNonNull(Id, "Id");
    }

    /**
     * The constants of model ring3. (spec: chang-roberts-forward-own.lstep:67:1)
     */
    public static ChangRobertsForwardOwnConstants ring3() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        List<NodeId> Ring = SpecValues.seqOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), 3L), SpecValues.singletonMap(NodeId.of("n2"), 1L)), SpecValues.singletonMap(NodeId.of("n3"), 2L));
        return new ChangRobertsForwardOwnConstants(Nodes, Ring, Id);
    }

    /**
     * Definition Succ. (spec: chang-roberts-forward-own.lstep:18:1)
     */
    public NodeId Succ(NodeId n) {
        return SpecValues.<Long, NodeId>let(SpecValues.choose(SpecValues.domain(Ring()), i -> SpecValues.index(Ring(), i, "chang-roberts-forward-own.lstep:19:39").equals(n), "chang-roberts-forward-own.lstep:19:12"), i2 -> SpecValues.index(Ring(), Math.addExact(SpecValues.mod(i2, (long) Ring().size(), "chang-roberts-forward-own.lstep:20:12"), 1L), "chang-roberts-forward-own.lstep:20:6"));
    }
}
