package gen.maxvaluepairwise;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol MaxValuePairwise, bound by a model; the spec's definitions are methods because they read constants only. (spec: maxvalue-pairwise.lstep:7:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "maxvalue-pairwise.lstep")
public record MaxValuePairwiseConstants(Set<NodeId> Nodes, Set<Long> Values) {

    public MaxValuePairwiseConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Values, "Values");
    }

    /**
     * The constants of model small. (spec: maxvalue-pairwise.lstep:34:1)
     */
    public static MaxValuePairwiseConstants small() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        return new MaxValuePairwiseConstants(Nodes, Values);
    }
}
