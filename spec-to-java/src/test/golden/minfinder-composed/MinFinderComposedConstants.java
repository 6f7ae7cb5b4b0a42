package gen.minfindercomposed;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol MinFinderComposed, bound by a model; the spec's definitions are methods because they read constants only. (spec: minfinder-composed.lstep:10:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
public record MinFinderComposedConstants(Set<NodeId> Nodes, Map<NodeId, Long> Addr, Map<NodeId, Long> Mem) {

    public MinFinderComposedConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Addr, "Addr");
        Objects.requireNonNull(Mem, "Mem");
    }

    /**
     * The constants of model small. (spec: minfinder-composed.lstep:39:1)
     */
    public static MinFinderComposedConstants small() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"), NodeId.of("n4"));
        Map<NodeId, Long> Addr = SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), 4L), SpecValues.singletonMap(NodeId.of("n2"), 1L)), SpecValues.singletonMap(NodeId.of("n3"), 3L)), SpecValues.singletonMap(NodeId.of("n4"), 2L));
        Map<NodeId, Long> Mem = SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), 1L), SpecValues.singletonMap(NodeId.of("n2"), 4L)), SpecValues.singletonMap(NodeId.of("n3"), 2L)), SpecValues.singletonMap(NodeId.of("n4"), 3L));
        return new MinFinderComposedConstants(Nodes, Addr, Mem);
    }

    /**
     * The constants of model sim. (spec: minfinder-composed.lstep:47:1)
     */
    public static MinFinderComposedConstants sim() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"), NodeId.of("n4"), NodeId.of("n5"), NodeId.of("n6"), NodeId.of("n7"), NodeId.of("n8"), NodeId.of("n9"), NodeId.of("n10"), NodeId.of("n11"), NodeId.of("n12"), NodeId.of("n13"), NodeId.of("n14"), NodeId.of("n15"), NodeId.of("n16"), NodeId.of("n17"), NodeId.of("n18"), NodeId.of("n19"), NodeId.of("n20"));
        Map<NodeId, Long> Addr = SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n13"), 1L), SpecValues.singletonMap(NodeId.of("n5"), 2L)), SpecValues.singletonMap(NodeId.of("n17"), 3L)), SpecValues.<NodeId, Long>fn(Nodes, n -> 7L));
        Map<NodeId, Long> Mem = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n2"), 1L), SpecValues.singletonMap(NodeId.of("n8"), 4L)), SpecValues.<NodeId, Long>fn(Nodes, n2 -> 9L));
        return new MinFinderComposedConstants(Nodes, Addr, Mem);
    }

    /**
     * Definition LeastAddr. (spec: minfinder-composed.lstep:31:1)
     */
    public long LeastAddr() {
        return SpecValues.min(SpecValues.<NodeId, Long>map(Nodes(), n -> SpecValues.apply(Addr(), n, "minfinder-composed.lstep:31:23")), "minfinder-composed.lstep:31:18");
    }

    /**
     * Definition LeastMem. (spec: minfinder-composed.lstep:32:1)
     */
    public long LeastMem() {
        return SpecValues.min(SpecValues.<NodeId, Long>map(Nodes(), n -> SpecValues.apply(Mem(), n, "minfinder-composed.lstep:32:22")), "minfinder-composed.lstep:32:17");
    }
}
