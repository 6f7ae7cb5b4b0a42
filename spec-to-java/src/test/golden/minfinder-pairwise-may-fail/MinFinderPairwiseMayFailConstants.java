package gen.minfinderpairwisemayfail;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol MinFinderPairwiseMayFail, bound by a model; the spec's definitions are methods because they read constants only. (spec: minfinder-pairwise-may-fail.lstep:10:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-pairwise-may-fail.lstep")
public record MinFinderPairwiseMayFailConstants(Set<NodeId> Nodes, Set<Long> Values) {

    public MinFinderPairwiseMayFailConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Values, "Values");
    }

    /**
     * The constants of model small. (spec: minfinder-pairwise-may-fail.lstep:32:1)
     */
    public static MinFinderPairwiseMayFailConstants small() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        return new MinFinderPairwiseMayFailConstants(Nodes, Values);
    }
}
