package gen.sliverinvertedpurge;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol SliverInvertedPurge, bound by a model; the spec's definitions are methods because they read constants only. (spec: sliver-inverted-purge.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "sliver-inverted-purge.lstep")
public record SliverInvertedPurgeConstants(Set<NodeId> Nodes, Map<NodeId, Long> Capacity, long Timeout, long MaxTime, long Slices) {

    public SliverInvertedPurgeConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Capacity, "Capacity");
    }

    /**
     * The constants of model small. (spec: sliver-inverted-purge.lstep:49:1)
     */
    public static SliverInvertedPurgeConstants small() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Map<NodeId, Long> Capacity = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), 1L), SpecValues.singletonMap(NodeId.of("n2"), 2L)), SpecValues.singletonMap(NodeId.of("n3"), 3L));
        long Timeout = 2L;
        long MaxTime = 2L;
        long Slices = 2L;
        return new SliverInvertedPurgeConstants(Nodes, Capacity, Timeout, MaxTime, Slices);
    }
}
