package gen.twophasecommittxs;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol TwoPhaseCommitTxs, bound by a model; the spec's definitions are methods because they read constants only. (spec: two-phase-commit-txs.lstep:12:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-txs.lstep")
public record TwoPhaseCommitTxsConstants(Set<NodeId> RM, NodeId TMNode, Set<Long> Txs) {

    public TwoPhaseCommitTxsConstants {
        Objects.requireNonNull(RM, "RM");
        Objects.requireNonNull(TMNode, "TMNode");
        Objects.requireNonNull(Txs, "Txs");
    }

    /**
     * The constants of model one. (spec: two-phase-commit-txs.lstep:71:1)
     */
    public static TwoPhaseCommitTxsConstants one() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"));
        NodeId TMNode = NodeId.of("tm");
        Set<Long> Txs = SpecValues.setOf(1L);
        return new TwoPhaseCommitTxsConstants(RM, TMNode, Txs);
    }

    /**
     * The constants of model small. (spec: two-phase-commit-txs.lstep:72:1)
     */
    public static TwoPhaseCommitTxsConstants small() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"));
        NodeId TMNode = NodeId.of("tm");
        Set<Long> Txs = SpecValues.setOf(1L, 2L);
        return new TwoPhaseCommitTxsConstants(RM, TMNode, Txs);
    }

    /**
     * The constants of model rm3. (spec: two-phase-commit-txs.lstep:73:1)
     */
    public static TwoPhaseCommitTxsConstants rm3() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"));
        NodeId TMNode = NodeId.of("tm");
        Set<Long> Txs = SpecValues.setOf(1L, 2L);
        return new TwoPhaseCommitTxsConstants(RM, TMNode, Txs);
    }
}
