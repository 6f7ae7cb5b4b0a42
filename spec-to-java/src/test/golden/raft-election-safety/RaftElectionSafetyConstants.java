package gen.raftelectionsafety;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol RaftElectionSafety, bound by a model; the spec's definitions are methods because they read constants only. (spec: raft-election-safety.lstep:12:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-election-safety.lstep")
public record RaftElectionSafetyConstants(Set<NodeId> Servers, long MaxTerm) {

    public RaftElectionSafetyConstants {
        Objects.requireNonNull(Servers, "Servers");
    }

    /**
     * The constants of model small. (spec: raft-election-safety.lstep:106:1)
     */
    public static RaftElectionSafetyConstants small() {
        Set<NodeId> Servers = SpecValues.setOf(NodeId.of("s1"), NodeId.of("s2"), NodeId.of("s3"));
        long MaxTerm = 2L;
        return new RaftElectionSafetyConstants(Servers, MaxTerm);
    }

    /**
     * Definition PeerQuorums. (spec: raft-election-safety.lstep:23:1)
     */
    public Set<Set<NodeId>> PeerQuorums(NodeId s) {
        return SpecValues.filter(SpecValues.powerset(SpecValues.minus(Servers(), SpecValues.setOf(s)), "raft-election-safety.lstep:23:36"), Q -> Math.multiplyExact(2L, Math.addExact((long) Q.size(), 1L)) > ((long) Servers().size()));
    }
}
