package gen.minfinderpairwise;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol MinFinderPairwise, bound by a model; the spec's definitions are methods because they read constants only. (spec: minfinder-pairwise.lstep:9:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-pairwise.lstep")
public record MinFinderPairwiseConstants(Set<NodeId> Nodes, Set<Long> Values) {

    public MinFinderPairwiseConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Values, "Values");
    }

    /**
     * The constants of model small. (spec: minfinder-pairwise.lstep:38:1)
     */
    public static MinFinderPairwiseConstants small() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        return new MinFinderPairwiseConstants(Nodes, Values);
    }

    /**
     * The constants of model three. (spec: minfinder-pairwise.lstep:42:1)
     */
    public static MinFinderPairwiseConstants three() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L, 3L);
        return new MinFinderPairwiseConstants(Nodes, Values);
    }
}
