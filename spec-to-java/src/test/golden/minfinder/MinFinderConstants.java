package gen.minfinder;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol MinFinder, bound by a model; the spec's definitions are methods because they read constants only. (spec: minfinder.lstep:10:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder.lstep")
public record MinFinderConstants(Set<NodeId> Nodes, Set<Long> Values) {

    public MinFinderConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Values, "Values");
    }

    /**
     * The constants of model small. (spec: minfinder.lstep:43:1)
     */
    public static MinFinderConstants small() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        return new MinFinderConstants(Nodes, Values);
    }

    /**
     * The constants of model three. (spec: minfinder.lstep:47:1)
     */
    public static MinFinderConstants three() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L, 3L);
        return new MinFinderConstants(Nodes, Values);
    }
}
