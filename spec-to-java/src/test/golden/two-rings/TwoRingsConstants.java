package gen.tworings;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol TwoRings, bound by a model; the spec's definitions are methods because they read constants only. (spec: two-rings.lstep:10:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-rings.lstep")
public record TwoRingsConstants(Set<NodeId> GroupA, Set<NodeId> GroupB, List<NodeId> RingA, List<NodeId> RingB, Map<NodeId, Long> Id) {

    public TwoRingsConstants {
        Objects.requireNonNull(GroupA, "GroupA");
        Objects.requireNonNull(GroupB, "GroupB");
        Objects.requireNonNull(RingA, "RingA");
        Objects.requireNonNull(RingB, "RingB");
        Objects.requireNonNull(Id, "Id");
    }

    /**
     * The constants of model small. (spec: two-rings.lstep:30:1)
     */
    public static TwoRingsConstants small() {
        Set<NodeId> GroupA = SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2"), NodeId.of("a3"));
        Set<NodeId> GroupB = SpecValues.setOf(NodeId.of("b1"), NodeId.of("b2"), NodeId.of("b3"));
        List<NodeId> RingA = SpecValues.seqOf(NodeId.of("a1"), NodeId.of("a2"), NodeId.of("a3"));
        List<NodeId> RingB = SpecValues.seqOf(NodeId.of("b1"), NodeId.of("b2"), NodeId.of("b3"));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("a1"), 3L), SpecValues.singletonMap(NodeId.of("a2"), 1L)), SpecValues.singletonMap(NodeId.of("a3"), 2L)), SpecValues.singletonMap(NodeId.of("b1"), 3L)), SpecValues.singletonMap(NodeId.of("b2"), 2L)), SpecValues.singletonMap(NodeId.of("b3"), 1L));
        return new TwoRingsConstants(GroupA, GroupB, RingA, RingB, Id);
    }

    /**
     * Definition Lower_Nodes. (spec: two-rings.lstep:18:45)
     */
    public Set<NodeId> Lower_Nodes() {
        return GroupA();
    }

    /**
     * Definition Lower_Ring. (spec: two-rings.lstep:18:62)
     */
    public List<NodeId> Lower_Ring() {
        return RingA();
    }

    /**
     * Definition Lower_Id. (spec: two-rings.lstep:18:77)
     */
    public Map<NodeId, Long> Lower_Id() {
        return Id();
    }

    /**
     * Definition Upper_Nodes. (spec: two-rings.lstep:19:45)
     */
    public Set<NodeId> Upper_Nodes() {
        return GroupB();
    }

    /**
     * Definition Upper_Ring. (spec: two-rings.lstep:19:62)
     */
    public List<NodeId> Upper_Ring() {
        return RingB();
    }

    /**
     * Definition Upper_Id. (spec: two-rings.lstep:19:77)
     */
    public Map<NodeId, Long> Upper_Id() {
        return Id();
    }

    /**
     * Definition Lower_Succ. (spec: chang-roberts.lstep:20:1)
     */
    public NodeId Lower_Succ(NodeId n) {
        return SpecValues.<Long, NodeId>let(SpecValues.choose(SpecValues.domain(Lower_Ring()), i -> SpecValues.index(Lower_Ring(), i, "chang-roberts.lstep:21:39").equals(n), "chang-roberts.lstep:21:12"), i2 -> SpecValues.index(Lower_Ring(), Math.addExact(SpecValues.mod(i2, (long) Lower_Ring().size(), "chang-roberts.lstep:22:12"), 1L), "chang-roberts.lstep:22:6"));
    }

    /**
     * Definition Upper_Succ. (spec: chang-roberts.lstep:20:1)
     */
    public NodeId Upper_Succ(NodeId n) {
        return SpecValues.<Long, NodeId>let(SpecValues.choose(SpecValues.domain(Upper_Ring()), i -> SpecValues.index(Upper_Ring(), i, "chang-roberts.lstep:21:39").equals(n), "chang-roberts.lstep:21:12"), i2 -> SpecValues.index(Upper_Ring(), Math.addExact(SpecValues.mod(i2, (long) Upper_Ring().size(), "chang-roberts.lstep:22:12"), 1L), "chang-roberts.lstep:22:6"));
    }
}
