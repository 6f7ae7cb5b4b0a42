package gen.paxosreplicated;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol PaxosReplicated, bound by a model; the spec's definitions are methods because they read constants only. (spec: paxos-learners-replicated.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public record PaxosReplicatedConstants(Set<NodeId> Proposers, Set<NodeId> Acceptors, Set<NodeId> Learners, Set<NodeId> LearnersReplica2, Set<NodeId> LearnersReplica3, Set<Long> Values, Map<NodeId, Set<Long>> Ballots) {

    public PaxosReplicatedConstants {
        Objects.requireNonNull(Proposers, "Proposers");
        Objects.requireNonNull(Acceptors, "Acceptors");
        Objects.requireNonNull(Learners, "Learners");
        Objects.requireNonNull(LearnersReplica2, "LearnersReplica2");
        Objects.requireNonNull(LearnersReplica3, "LearnersReplica3");
        Objects.requireNonNull(Values, "Values");
        Objects.requireNonNull(Ballots, "Ballots");
    }

    /**
     * The constants of model tiny. (spec: paxos-learners-replicated.lstep:218:1)
     */
    public static PaxosReplicatedConstants tiny() {
        Set<NodeId> Proposers = SpecValues.setOf(NodeId.of("p1"));
        Set<NodeId> Acceptors = SpecValues.setOf(NodeId.of("a1"));
        Set<NodeId> Learners = SpecValues.setOf(NodeId.of("l1"));
        Set<NodeId> LearnersReplica2 = SpecValues.setOf(NodeId.of("l1r2"));
        Set<NodeId> LearnersReplica3 = SpecValues.setOf(NodeId.of("l1r3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        Map<NodeId, Set<Long>> Ballots = SpecValues.singletonMap(NodeId.of("p1"), SpecValues.setOf(1L));
        return new PaxosReplicatedConstants(Proposers, Acceptors, Learners, LearnersReplica2, LearnersReplica3, Values, Ballots);
    }

    /**
     * Definition AllBallots. (spec: paxos-learners-replicated.lstep:31:1)
     */
    public Set<Long> AllBallots() {
        return SpecValues.unionAll(SpecValues.<NodeId, Set<Long>>map(SpecValues.domain(Ballots()), p -> SpecValues.apply(Ballots(), p, "paxos-learners-replicated.lstep:31:26")));
    }

    /**
     * Definition IsQuorum. (spec: paxos-learners-replicated.lstep:34:1)
     */
    public boolean IsQuorum(Set<NodeId> q) {
        return Math.multiplyExact((long) q.size(), 2L) > ((long) Acceptors().size());
    }

    /**
     * Definition Quorums. (spec: paxos-learners-replicated.lstep:160:1)
     */
    public Set<Set<NodeId>> Quorums() {
        return SpecValues.filter(SpecValues.powerset(Acceptors(), "paxos-learners-replicated.lstep:160:23"), Q -> IsQuorum(Q));
    }
}
