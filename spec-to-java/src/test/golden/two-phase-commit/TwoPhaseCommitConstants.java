package gen.twophasecommit;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol TwoPhaseCommit, bound by a model; the spec's definitions are methods because they read constants only. (spec: two-phase-commit.lstep:8:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit.lstep")
public record TwoPhaseCommitConstants(Set<NodeId> RM, NodeId TMNode) {

    public TwoPhaseCommitConstants {
        Objects.requireNonNull(RM, "RM");
        Objects.requireNonNull(TMNode, "TMNode");
    }

    /**
     * The constants of model small. (spec: two-phase-commit.lstep:79:1)
     */
    public static TwoPhaseCommitConstants small() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitConstants(RM, TMNode);
    }

    /**
     * The constants of model rm5. (spec: two-phase-commit.lstep:80:1)
     */
    public static TwoPhaseCommitConstants rm5() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"), NodeId.of("r4"), NodeId.of("r5"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitConstants(RM, TMNode);
    }

    /**
     * The constants of model rm6. (spec: two-phase-commit.lstep:81:1)
     */
    public static TwoPhaseCommitConstants rm6() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"), NodeId.of("r4"), NodeId.of("r5"), NodeId.of("r6"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitConstants(RM, TMNode);
    }

    /**
     * The constants of model rm7. (spec: two-phase-commit.lstep:82:1)
     */
    public static TwoPhaseCommitConstants rm7() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"), NodeId.of("r4"), NodeId.of("r5"), NodeId.of("r6"), NodeId.of("r7"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitConstants(RM, TMNode);
    }

    /**
     * The constants of model rm8. (spec: two-phase-commit.lstep:83:1)
     */
    public static TwoPhaseCommitConstants rm8() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"), NodeId.of("r4"), NodeId.of("r5"), NodeId.of("r6"), NodeId.of("r7"), NodeId.of("r8"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitConstants(RM, TMNode);
    }

    /**
     * The constants of model smallSym. (spec: two-phase-commit.lstep:86:1)
     */
    public static TwoPhaseCommitConstants smallSym() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitConstants(RM, TMNode);
    }

    /**
     * The constants of model rm5Sym. (spec: two-phase-commit.lstep:87:1)
     */
    public static TwoPhaseCommitConstants rm5Sym() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"), NodeId.of("r4"), NodeId.of("r5"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitConstants(RM, TMNode);
    }

    /**
     * The constants of model rm9. (spec: two-phase-commit.lstep:89:1)
     */
    public static TwoPhaseCommitConstants rm9() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"), NodeId.of("r4"), NodeId.of("r5"), NodeId.of("r6"), NodeId.of("r7"), NodeId.of("r8"), NodeId.of("r9"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitConstants(RM, TMNode);
    }

    /**
     * The constants of model rm2. (spec: two-phase-commit.lstep:91:1)
     */
    public static TwoPhaseCommitConstants rm2() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"));
        NodeId TMNode = NodeId.of("tm");
        return new TwoPhaseCommitConstants(RM, TMNode);
    }
}
