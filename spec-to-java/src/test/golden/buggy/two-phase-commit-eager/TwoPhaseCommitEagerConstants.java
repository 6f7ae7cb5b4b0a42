package gen.twophasecommiteager;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol TwoPhaseCommitEager, bound by a model; the spec's definitions are methods because they read constants only. (spec: two-phase-commit-eager.lstep:8:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-eager.lstep")
public record TwoPhaseCommitEagerConstants(Set<NodeId> RM, NodeId TMNode) {

    public TwoPhaseCommitEagerConstants {
        Objects.requireNonNull(RM, "RM");
        Objects.requireNonNull(TMNode, "TMNode");
    }

    /**
     * The constants of model small. (spec: two-phase-commit-eager.lstep:62:1)
     */
    public static TwoPhaseCommitEagerConstants small() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitEagerConstants(RM, TMNode);
    }
}
