package gen.minaddressleader;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol MinAddressLeader, bound by a model; the spec's definitions are methods because they read constants only. (spec: min-address-leader.lstep:9:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "min-address-leader.lstep")
public record MinAddressLeaderConstants(Set<NodeId> Nodes, Map<NodeId, Long> Addr, Map<NodeId, Set<NodeId>> Links) {

    public MinAddressLeaderConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Addr, "Addr");
        Objects.requireNonNull(Links, "Links");
    }

    /**
     * The constants of model line. (spec: min-address-leader.lstep:35:1)
     */
    public static MinAddressLeaderConstants line() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"), NodeId.of("n4"));
        Map<NodeId, Long> Addr = SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), 4L), SpecValues.singletonMap(NodeId.of("n2"), 2L)), SpecValues.singletonMap(NodeId.of("n3"), 1L)), SpecValues.singletonMap(NodeId.of("n4"), 3L));
        Map<NodeId, Set<NodeId>> Links = SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("n1"), SpecValues.setOf(NodeId.of("n2"))), SpecValues.singletonMap(NodeId.of("n2"), SpecValues.setOf(NodeId.of("n1"), NodeId.of("n3")))), SpecValues.singletonMap(NodeId.of("n3"), SpecValues.setOf(NodeId.of("n2"), NodeId.of("n4")))), SpecValues.singletonMap(NodeId.of("n4"), SpecValues.setOf(NodeId.of("n3"))));
        return new MinAddressLeaderConstants(Nodes, Addr, Links);
    }

    /**
     * Definition Least. (spec: min-address-leader.lstep:24:1)
     */
    public long Least() {
        return SpecValues.min(SpecValues.<NodeId, Long>map(Nodes(), n -> SpecValues.apply(Addr(), n, "min-address-leader.lstep:24:19")), "min-address-leader.lstep:24:14");
    }
}
