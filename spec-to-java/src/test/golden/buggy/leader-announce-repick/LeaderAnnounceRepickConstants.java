package gen.leaderannouncerepick;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol LeaderAnnounceRepick, bound by a model; the spec's definitions are methods because they read constants only. (spec: leader-announce-repick.lstep:7:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-announce-repick.lstep")
public record LeaderAnnounceRepickConstants(Set<NodeId> Nodes, NodeId Coord) {

    public LeaderAnnounceRepickConstants {
        Objects.requireNonNull(Nodes, "Nodes");
        Objects.requireNonNull(Coord, "Coord");
    }

    /**
     * The constants of model small. (spec: leader-announce-repick.lstep:69:1)
     */
    public static LeaderAnnounceRepickConstants small() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"));
        NodeId Coord = NodeId.of("c");
        return new LeaderAnnounceRepickConstants(Nodes, Coord);
    }

    /**
     * The constants of model kept. (spec: leader-announce-repick.lstep:75:1)
     */
    public static LeaderAnnounceRepickConstants kept() {
        Set<NodeId> Nodes = SpecValues.setOf(NodeId.of("n1"), NodeId.of("n2"));
        NodeId Coord = NodeId.of("c");
        return new LeaderAnnounceRepickConstants(Nodes, Coord);
    }
}
