package gen.minfindermax;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol MinFinderMax, bound by a model; the spec's definitions are methods because they read constants only. (spec: minfinder-max.lstep:7:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-max.lstep")
public record MinFinderMaxConstants(Set<NodeId> Nodes, Set<Long> Values) {

    public MinFinderMaxConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Values, "Values");
    }

    /**
     * The constants of model small. (spec: minfinder-max.lstep:41:1)
     */
    public static MinFinderMaxConstants small() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        return new MinFinderMaxConstants(Nodes, Values);
    }
}
