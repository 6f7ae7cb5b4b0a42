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
     * The constants of model rm5. (spec: two-phase-commit-lossy.lstep:111:1)
     */
    public static TwoPhaseCommitLossyConstants rm5() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"), NodeId.of("r4"), NodeId.of("r5"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitLossyConstants(RM, TMNode);
    }

    /**
     * The constants of model rm6. (spec: two-phase-commit-lossy.lstep:112:1)
     */
    public static TwoPhaseCommitLossyConstants rm6() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"), NodeId.of("r4"), NodeId.of("r5"), NodeId.of("r6"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitLossyConstants(RM, TMNode);
    }

    /**
     * The constants of model rm7. (spec: two-phase-commit-lossy.lstep:113:1)
     */
    public static TwoPhaseCommitLossyConstants rm7() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"), NodeId.of("r4"), NodeId.of("r5"), NodeId.of("r6"), NodeId.of("r7"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitLossyConstants(RM, TMNode);
    }

    /**
     * The constants of model rm8. (spec: two-phase-commit-lossy.lstep:114:1)
     */
    public static TwoPhaseCommitLossyConstants rm8() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"), NodeId.of("r4"), NodeId.of("r5"), NodeId.of("r6"), NodeId.of("r7"), NodeId.of("r8"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitLossyConstants(RM, TMNode);
    }

    /**
     * The constants of model smallSym. (spec: two-phase-commit-lossy.lstep:117:1)
     */
    public static TwoPhaseCommitLossyConstants smallSym() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitLossyConstants(RM, TMNode);
    }

    /**
     * The constants of model rm5Sym. (spec: two-phase-commit-lossy.lstep:118:1)
     */
    public static TwoPhaseCommitLossyConstants rm5Sym() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"), NodeId.of("r4"), NodeId.of("r5"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitLossyConstants(RM, TMNode);
    }

    /**
     * The constants of model rm9. (spec: two-phase-commit-lossy.lstep:120:1)
     */
    public static TwoPhaseCommitLossyConstants rm9() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"), NodeId.of("r4"), NodeId.of("r5"), NodeId.of("r6"), NodeId.of("r7"), NodeId.of("r8"), NodeId.of("r9"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitLossyConstants(RM, TMNode);
    }

    /**
     * The constants of model rm2. (spec: two-phase-commit-lossy.lstep:122:1)
     */
    public static TwoPhaseCommitLossyConstants rm2() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitLossyConstants(RM, TMNode);
    }
}
