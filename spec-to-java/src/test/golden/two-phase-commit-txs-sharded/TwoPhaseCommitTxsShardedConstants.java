package gen.twophasecommittxssharded;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol TwoPhaseCommitTxsSharded, bound by a model; the spec's definitions are methods because they read constants only. (spec: two-phase-commit-txs-sharded.lstep:16:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-txs-sharded.lstep")
public record TwoPhaseCommitTxsShardedConstants(Set<NodeId> RM, NodeId TMNode1, NodeId TMNode2, Set<Long> Txs) {

    public TwoPhaseCommitTxsShardedConstants {
        Objects.requireNonNull(RM, "RM");
        Objects.requireNonNull(TMNode1, "TMNode1");
        Objects.requireNonNull(TMNode2, "TMNode2");
        Objects.requireNonNull(Txs, "Txs");
    }

    /**
     * The constants of model one. (spec: two-phase-commit-txs-sharded.lstep:80:1)
     */
    public static TwoPhaseCommitTxsShardedConstants one() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"));
        NodeId TMNode1 = NodeId.of("tm1");
        NodeId TMNode2 = NodeId.of("tm2");
        Set<Long> Txs = SpecValues.setOf(1L);
        return new TwoPhaseCommitTxsShardedConstants(RM, TMNode1, TMNode2, Txs);
    }

    /**
     * The constants of model small. (spec: two-phase-commit-txs-sharded.lstep:81:1)
     */
    public static TwoPhaseCommitTxsShardedConstants small() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"));
        NodeId TMNode1 = NodeId.of("tm1");
        NodeId TMNode2 = NodeId.of("tm2");
        Set<Long> Txs = SpecValues.setOf(1L, 2L);
        return new TwoPhaseCommitTxsShardedConstants(RM, TMNode1, TMNode2, Txs);
    }

    /**
     * The constants of model rm3. (spec: two-phase-commit-txs-sharded.lstep:82:1)
     */
    public static TwoPhaseCommitTxsShardedConstants rm3() {
        Set<NodeId> RM = SpecValues.setOf(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"));
        NodeId TMNode1 = NodeId.of("tm1");
        NodeId TMNode2 = NodeId.of("tm2");
        Set<Long> Txs = SpecValues.setOf(1L, 2L);
        return new TwoPhaseCommitTxsShardedConstants(RM, TMNode1, TMNode2, Txs);
    }

    /**
     * Definition TMShard. (spec: two-phase-commit-txs-sharded.lstep:31:1)
     */
    public NodeId TMShard(long k) {
        return (SpecValues.mod(k, 2L, "two-phase-commit-txs-sharded.lstep:31:27") == 0L) ? TMNode1() : TMNode2();
    }

    /**
     * Definition TMKeys. (spec: two-phase-commit-txs-sharded.lstep:32:1)
     */
    public Set<Long> TMKeys(NodeId n) {
        return SpecValues.filter(Txs(), k -> TMShard(k).equals(n));
    }
}
