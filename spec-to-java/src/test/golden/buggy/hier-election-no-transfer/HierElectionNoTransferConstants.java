package gen.hierelectionnotransfer;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol HierElectionNoTransfer, bound by a model; the spec's definitions are methods because they read constants only. (spec: hier-election-no-transfer.lstep:9:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election-no-transfer.lstep")
public record HierElectionNoTransferConstants(Set<NodeId> Nodes, Set<Set<NodeId>> Groups, Map<NodeId, Long> Id) {

    public HierElectionNoTransferConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Groups, "Groups");
        Objects.requireNonNull(Id, "Id");
    }

    /**
     * The constants of model three. (spec: hier-election-no-transfer.lstep:86:1)
     */
    public static HierElectionNoTransferConstants three() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2"), NodeId.of("b1"));
        Set<Set<NodeId>> Groups = SpecValues.setOf(SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2")), SpecValues.setOf(NodeId.of("b1")));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("a1"), 1L), SpecValues.singletonMap(NodeId.of("a2"), 2L)), SpecValues.singletonMap(NodeId.of("b1"), 3L));
        return new HierElectionNoTransferConstants(Nodes, Groups, Id);
    }

    /**
     * Definition GroupOf. (spec: hier-election-no-transfer.lstep:20:1)
     */
    public Set<NodeId> GroupOf(NodeId n) {
        return SpecValues.choose(Groups(), g -> g.contains(n), "hier-election-no-transfer.lstep:20:25");
    }

    /**
     * Definition GroupMin. (spec: hier-election-no-transfer.lstep:21:1)
     */
    public long GroupMin(Set<NodeId> g) {
        return SpecValues.min(SpecValues.<NodeId, Long>map(g, m -> SpecValues.apply(Id(), m, "hier-election-no-transfer.lstep:21:36")), "hier-election-no-transfer.lstep:21:31");
    }

    /**
     * Definition Chief. (spec: hier-election-no-transfer.lstep:23:1)
     */
    public NodeId Chief(NodeId n) {
        return SpecValues.choose(GroupOf(n), h -> SpecValues.apply(Id(), h, "hier-election-no-transfer.lstep:23:49") == GroupMin(GroupOf(n)), "hier-election-no-transfer.lstep:23:23");
    }

    /**
     * Definition Chiefs. (spec: hier-election-no-transfer.lstep:24:1)
     */
    public Set<NodeId> Chiefs() {
        return SpecValues.<NodeId, NodeId>map(Nodes(), n -> Chief(n));
    }
}
