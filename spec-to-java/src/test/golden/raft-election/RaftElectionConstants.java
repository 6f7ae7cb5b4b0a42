package gen.raftelection;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol RaftElection, bound by a model; the spec's definitions are methods because they read constants only. (spec: raft-election.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-election.lstep")
public record RaftElectionConstants(Set<NodeId> Servers, long MaxTerm) {

    public RaftElectionConstants {
        Objects.requireNonNull(Servers, "Servers");
    }

    /**
     * The constants of model small. (spec: raft-election.lstep:111:1)
     */
    public static RaftElectionConstants small() {
        Set<NodeId> Servers = SpecValues.setOf(NodeId.of("s1"), NodeId.of("s2"), NodeId.of("s3"));
        long MaxTerm = 2L;
        return new RaftElectionConstants(Servers, MaxTerm);
    }

    /**
     * The constants of model cluster. (spec: raft-election.lstep:118:1)
     */
    public static RaftElectionConstants cluster() {
        Set<NodeId> Servers = SpecValues.setOf(NodeId.of("s1"), NodeId.of("s2"), NodeId.of("s3"));
        long MaxTerm = 1000000L;
        return new RaftElectionConstants(Servers, MaxTerm);
    }

    /**
     * Definition IsMajority. (spec: raft-election.lstep:24:1)
     */
    public boolean IsMajority(Set<NodeId> q) {
        return Math.multiplyExact(2L, (long) q.size()) > ((long) Servers().size());
    }
}
