package gen.twophasecommitdecoupled;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol TwoPhaseCommitDecoupled, bound by a model; the spec's definitions are methods because they read constants only. (spec: two-phase-commit-decoupled.lstep:11:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public record TwoPhaseCommitDecoupledConstants(Set<NodeId> RM, NodeId TMNode, Set<NodeId> CommitProxies) {

    public TwoPhaseCommitDecoupledConstants {
        Objects.requireNonNull(RM, "RM");
        Objects.requireNonNull(TMNode, "TMNode");
        Objects.requireNonNull(CommitProxies, "CommitProxies");
    }

    /**
     * The constants of model small. (spec: two-phase-commit-decoupled.lstep:89:1)
     */
    public static TwoPhaseCommitDecoupledConstants small() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"));
        NodeId TMNode = NodeId.of("tm");
        Set<NodeId> CommitProxies = SpecValues.setOf(NodeId.of("commitProxy1"), NodeId.of("commitProxy2"));
        return new TwoPhaseCommitDecoupledConstants(RM, TMNode, CommitProxies);
    }

    /**
     * The constants of model rm2. (spec: two-phase-commit-decoupled.lstep:91:1)
     */
    public static TwoPhaseCommitDecoupledConstants rm2() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"));
        NodeId TMNode = NodeId.of("tm");
        Set<NodeId> CommitProxies = SpecValues.setOf(NodeId.of("commitProxy1"), NodeId.of("commitProxy2"));
        return new TwoPhaseCommitDecoupledConstants(RM, TMNode, CommitProxies);
    }
}
