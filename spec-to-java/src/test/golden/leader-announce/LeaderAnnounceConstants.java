package gen.leaderannounce;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol LeaderAnnounce, bound by a model; the spec's definitions are methods because they read constants only. (spec: leader-announce.lstep:12:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce.lstep")
public record LeaderAnnounceConstants(Set<NodeId> Nodes, NodeId Coord) {

    public LeaderAnnounceConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Coord, "Coord");
    }

    /**
     * The constants of model small. (spec: leader-announce.lstep:78:1)
     */
    public static LeaderAnnounceConstants small() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"));
        NodeId Coord = NodeId.of("c");
        return new LeaderAnnounceConstants(Nodes, Coord);
    }
}
