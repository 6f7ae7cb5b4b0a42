package gen.changroberts;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol ChangRoberts, bound by a model; the spec's definitions are methods because they read constants only. (spec: chang-roberts.lstep:11:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "chang-roberts.lstep")
public record ChangRobertsConstants(Set<NodeId> Nodes, List<NodeId> Ring, Map<NodeId, Long> Id) {

    public ChangRobertsConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Ring, "Ring");
        Objects.requireNonNull(Id, "Id");
    }

    /**
     * The constants of model ring3. (spec: chang-roberts.lstep:70:1)
     */
    public static ChangRobertsConstants ring3() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        List<NodeId> Ring = SpecValues.seqOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), 3L), SpecValues.singletonMap(NodeId.of("n2"), 1L)), SpecValues.singletonMap(NodeId.of("n3"), 2L));
        return new ChangRobertsConstants(Nodes, Ring, Id);
    }

    /**
     * The constants of model ring3b. (spec: chang-roberts.lstep:74:1)
     */
    public static ChangRobertsConstants ring3b() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        List<NodeId> Ring = SpecValues.seqOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), 3L), SpecValues.singletonMap(NodeId.of("n2"), 2L)), SpecValues.singletonMap(NodeId.of("n3"), 1L));
        return new ChangRobertsConstants(Nodes, Ring, Id);
    }

    /**
     * The constants of model ring4. (spec: chang-roberts.lstep:77:1)
     */
    public static ChangRobertsConstants ring4() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"), NodeId.of("n4"));
        List<NodeId> Ring = SpecValues.seqOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"), NodeId.of("n4"));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), 4L), SpecValues.singletonMap(NodeId.of("n2"), 1L)), SpecValues.singletonMap(NodeId.of("n3"), 3L)), SpecValues.singletonMap(NodeId.of("n4"), 2L));
        return new ChangRobertsConstants(Nodes, Ring, Id);
    }

    /**
     * The constants of model ring4b. (spec: chang-roberts.lstep:80:1)
     */
    public static ChangRobertsConstants ring4b() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"), NodeId.of("n4"));
        List<NodeId> Ring = SpecValues.seqOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"), NodeId.of("n4"));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), 1L), SpecValues.singletonMap(NodeId.of("n2"), 2L)), SpecValues.singletonMap(NodeId.of("n3"), 3L)), SpecValues.singletonMap(NodeId.of("n4"), 4L));
        return new ChangRobertsConstants(Nodes, Ring, Id);
    }

    /**
     * The constants of model ring4c. (spec: chang-roberts.lstep:83:1)
     */
    public static ChangRobertsConstants ring4c() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"), NodeId.of("n4"));
        List<NodeId> Ring = SpecValues.seqOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"), NodeId.of("n4"));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), 4L), SpecValues.singletonMap(NodeId.of("n2"), 3L)), SpecValues.singletonMap(NodeId.of("n3"), 2L)), SpecValues.singletonMap(NodeId.of("n4"), 1L));
        return new ChangRobertsConstants(Nodes, Ring, Id);
    }

    /**
     * Definition Succ. (spec: chang-roberts.lstep:20:1)
     */
    public NodeId Succ(NodeId n) {
        return SpecValues.<Long, NodeId>let(SpecValues.choose(SpecValues.domain(Ring()), i -> SpecValues.index(Ring(), i, "chang-roberts.lstep:21:39").equals(n), "chang-roberts.lstep:21:12"), i2 -> SpecValues.index(Ring(), Math.addExact(SpecValues.mod(i2, (long) Ring().size(), "chang-roberts.lstep:22:12"), 1L), "chang-roberts.lstep:22:6"));
    }
}
