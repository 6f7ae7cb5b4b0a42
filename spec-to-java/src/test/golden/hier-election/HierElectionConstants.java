package gen.hierelection;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol HierElection, bound by a model; the spec's definitions are methods because they read constants only. (spec: hier-election.lstep:24:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election.lstep")
public record HierElectionConstants(Set<NodeId> Nodes, Set<Set<NodeId>> Groups, Map<NodeId, Long> Id) {

    public HierElectionConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Groups, "Groups");
        Objects.requireNonNull(Id, "Id");
    }

    /**
     * The constants of model three. (spec: hier-election.lstep:100:1)
     */
    public static HierElectionConstants three() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2"), NodeId.of("b1"));
        Set<Set<NodeId>> Groups = SpecValues.setOf(SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2")), SpecValues.setOf(NodeId.of("b1")));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("a1"), 1L), SpecValues.singletonMap(NodeId.of("a2"), 2L)), SpecValues.singletonMap(NodeId.of("b1"), 3L));
        return new HierElectionConstants(Nodes, Groups, Id);
    }

    /**
     * The constants of model four. (spec: hier-election.lstep:109:1)
     */
    public static HierElectionConstants four() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2"), NodeId.of("b1"), NodeId.of("b2"));
        Set<Set<NodeId>> Groups = SpecValues.setOf(SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2")), SpecValues.setOf(NodeId.of("b1"), NodeId.of("b2")));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("a1"), 1L), SpecValues.singletonMap(NodeId.of("a2"), 2L)), SpecValues.singletonMap(NodeId.of("b1"), 3L)), SpecValues.singletonMap(NodeId.of("b2"), 4L));
        return new HierElectionConstants(Nodes, Groups, Id);
    }

    /**
     * The constants of model nine. (spec: hier-election.lstep:118:1)
     */
    public static HierElectionConstants nine() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2"), NodeId.of("a3"), NodeId.of("b1"), NodeId.of("b2"), NodeId.of("b3"), NodeId.of("c1"), NodeId.of("c2"), NodeId.of("c3"));
        Set<Set<NodeId>> Groups = SpecValues.setOf(SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2"), NodeId.of("a3")), SpecValues.setOf(NodeId.of("b1"), NodeId.of("b2"), NodeId.of("b3")), SpecValues.setOf(NodeId.of("c1"), NodeId.of("c2"), NodeId.of("c3")));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("a1"), 1L), SpecValues.singletonMap(NodeId.of("a2"), 2L)), SpecValues.singletonMap(NodeId.of("a3"), 3L)), SpecValues.singletonMap(NodeId.of("b1"), 4L)), SpecValues.singletonMap(NodeId.of("b2"), 5L)), SpecValues.singletonMap(NodeId.of("b3"), 6L)), SpecValues.singletonMap(NodeId.of("c1"), 7L)), SpecValues.singletonMap(NodeId.of("c2"), 8L)), SpecValues.singletonMap(NodeId.of("c3"), 9L));
        return new HierElectionConstants(Nodes, Groups, Id);
    }

    /**
     * Definition GroupOf. (spec: hier-election.lstep:35:1)
     */
    public Set<NodeId> GroupOf(NodeId n) {
        return SpecValues.choose(Groups(), g -> g.contains(n), "hier-election.lstep:35:25");
    }

    /**
     * Definition GroupMin. (spec: hier-election.lstep:36:1)
     */
    public long GroupMin(Set<NodeId> g) {
        return SpecValues.min(SpecValues.<NodeId, Long>map(g, m -> SpecValues.apply(Id(), m, "hier-election.lstep:36:36")), "hier-election.lstep:36:31");
    }

    /**
     * Definition Chief. (spec: hier-election.lstep:38:1)
     */
    public NodeId Chief(NodeId n) {
        return SpecValues.choose(GroupOf(n), h -> SpecValues.apply(Id(), h, "hier-election.lstep:38:49") == GroupMin(GroupOf(n)), "hier-election.lstep:38:23");
    }

    /**
     * Definition Chiefs. (spec: hier-election.lstep:39:1)
     */
    public Set<NodeId> Chiefs() {
        return SpecValues.<NodeId, NodeId>map(Nodes(), n -> Chief(n));
    }
}
