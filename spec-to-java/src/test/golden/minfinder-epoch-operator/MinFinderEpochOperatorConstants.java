package gen.minfinderepochoperator;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol MinFinderEpochOperator, bound by a model; the spec's definitions are methods because they read constants only. (spec: minfinder-epoch-operator.lstep:8:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch-operator.lstep")
public record MinFinderEpochOperatorConstants(Set<NodeId> Nodes, Set<Long> Values, NodeId Leaver, long Epochs) {

    public MinFinderEpochOperatorConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Values, "Values");
        Objects.requireNonNull(Leaver, "Leaver");
    }

    /**
     * The constants of model small. (spec: minfinder-epoch-operator.lstep:43:1)
     */
    public static MinFinderEpochOperatorConstants small() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        NodeId Leaver = NodeId.of("n1");
        long Epochs = 2L;
        return new MinFinderEpochOperatorConstants(Nodes, Values, Leaver, Epochs);
    }
}
