package gen.minfinderleavestale;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol MinFinderLeaveStale, bound by a model; the spec's definitions are methods because they read constants only. (spec: minfinder-leave-stale.lstep:8:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-leave-stale.lstep")
public record MinFinderLeaveStaleConstants(Set<NodeId> Nodes, Set<Long> Values, NodeId Leaver) {

    public MinFinderLeaveStaleConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Values, "Values");
        Objects.requireNonNull(Leaver, "Leaver");
    }

    /**
     * The constants of model small. (spec: minfinder-leave-stale.lstep:35:1)
     */
    public static MinFinderLeaveStaleConstants small() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        NodeId Leaver = NodeId.of("n1");
        return new MinFinderLeaveStaleConstants(Nodes, Values, Leaver);
    }
}
