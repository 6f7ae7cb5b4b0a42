package gen.leadertree;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol LeaderTree, bound by a model; the spec's definitions are methods because they read constants only. (spec: leader-tree.lstep:9:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public record LeaderTreeConstants(Set<NodeId> Nodes, Map<NodeId, Long> Addr, Map<NodeId, Set<NodeId>> Links, long Far) {

    public LeaderTreeConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Addr, "Addr");
        Objects.requireNonNull(Links, "Links");
    }

    /**
     * The constants of model line. (spec: leader-tree.lstep:50:1)
     */
    public static LeaderTreeConstants line() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"));
        Map<NodeId, Long> Addr = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), 3L), SpecValues.singletonMap(NodeId.of("n2"), 2L)), SpecValues.singletonMap(NodeId.of("n3"), 1L));
        Map<NodeId, Set<NodeId>> Links = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), SpecValues.setOf(NodeId.of("n2"))), SpecValues.singletonMap(NodeId.of("n2"), SpecValues.setOf(NodeId.of("n1"), NodeId.of("n3")))), SpecValues.singletonMap(NodeId.of("n3"), SpecValues.setOf(NodeId.of("n2"))));
        long Far = 3L;
        return new LeaderTreeConstants(Nodes, Addr, Links, Far);
    }

    /**
     * Definition Least. (spec: leader-tree.lstep:40:1)
     */
    public long Least() {
        return SpecValues.min(SpecValues.<NodeId, Long>map(Nodes(), n -> SpecValues.apply(Addr(), n, "leader-tree.lstep:40:19")), "leader-tree.lstep:40:14");
    }
}
