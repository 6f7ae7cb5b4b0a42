package gen.twophasecommitlossy;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol TwoPhaseCommitLossy, bound by a model; the spec's definitions are methods because they read constants only. (spec: two-phase-commit-lossy.lstep:11:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-lossy.lstep")
public record TwoPhaseCommitLossyConstants(Set<NodeId> RM, NodeId TMNode) {

    public TwoPhaseCommitLossyConstants {
        Objects.requireNonNull(RM, "RM");
        Objects.requireNonNull(TMNode, "TMNode");
    }

    /**
     * The constants of model small. (spec: two-phase-commit-lossy.lstep:110:1)
     */
    public static TwoPhaseCommitLossyConstants small() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitLossyConstants(RM, TMNode);
    }

    /**
     * The constants of model rm2. (spec: two-phase-commit-lossy.lstep:112:1)
     */
    public static TwoPhaseCommitLossyConstants rm2() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitLossyConstants(RM, TMNode);
    }
}
