package gen.raftelectiondoublevote;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol RaftElectionDoubleVote, bound by a model; the spec's definitions are methods because they read constants only. (spec: raft-election-double-vote.lstep:8:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-election-double-vote.lstep")
public record RaftElectionDoubleVoteConstants(Set<NodeId> Servers, long MaxTerm) {

    public RaftElectionDoubleVoteConstants {
        Objects.requireNonNull(Servers, "Servers");
    }

    /**
     * The constants of model small. (spec: raft-election-double-vote.lstep:84:1)
     */
    public static RaftElectionDoubleVoteConstants small() {
        Set<NodeId> Servers = SpecValues.setOf(NodeId.of("s1"), NodeId.of("s2"), NodeId.of("s3"));
        long MaxTerm = 2L;
        return new RaftElectionDoubleVoteConstants(Servers, MaxTerm);
    }

    /**
     * Definition IsMajority. (spec: raft-election-double-vote.lstep:19:1)
     */
    public boolean IsMajority(Set<NodeId> q) {
        return Math.multiplyExact(2L, (long) q.size()) > ((long) Servers().size());
    }
}
