package gen.paxosquorum;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol PaxosQuorum, bound by a model; the spec's definitions are methods because they read constants only. (spec: paxos-quorum.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-quorum.lstep")
public record PaxosQuorumConstants(Set<NodeId> Proposers, Set<NodeId> Acceptors, Set<Long> Values, Map<NodeId, Set<Long>> Ballots) {

    public PaxosQuorumConstants {
        Objects.requireNonNull(Proposers, "Proposers");
        Objects.requireNonNull(Acceptors, "Acceptors");
        Objects.requireNonNull(Values, "Values");
        Objects.requireNonNull(Ballots, "Ballots");
    }

    /**
     * The constants of model small. (spec: paxos-quorum.lstep:115:1)
     */
    public static PaxosQuorumConstants small() {
        Set<NodeId> Proposers = SpecValues.setOf(NodeId.of("p1"), NodeId.of("p2"));
        Set<NodeId> Acceptors = SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2"), NodeId.of("a3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        Map<NodeId, Set<Long>> Ballots = SpecValues.merge(SpecValues.singletonMap(NodeId.of("p1"), SpecValues.setOf(0L)), SpecValues.singletonMap(NodeId.of("p2"), SpecValues.setOf(1L)));
        return new PaxosQuorumConstants(Proposers, Acceptors, Values, Ballots);
    }

    /**
     * Definition AllBallots. (spec: paxos-quorum.lstep:25:1)
     */
    public Set<Long> AllBallots() {
        return SpecValues.unionAll(SpecValues.<NodeId, Set<Long>>map(SpecValues.domain(Ballots()), p -> SpecValues.apply(Ballots(), p, "paxos-quorum.lstep:25:26")));
    }

    /**
     * Definition Quorums. (spec: paxos-quorum.lstep:28:1)
     */
    public Set<Set<NodeId>> Quorums() {
        return SpecValues.filter(SpecValues.powerset(Acceptors(), "paxos-quorum.lstep:28:23"), Q -> Math.multiplyExact((long) Q.size(), 2L) > ((long) Acceptors().size()));
    }

    /**
     * Definition Proposable. (spec: paxos-quorum.lstep:32:1)
     */
    public Set<Long> Proposable(Set<P1b> ps) {
        return SpecValues.<Set<P1b>, Set<Long>>let(SpecValues.filter(ps, m -> m.mbal() >= 0L), voted -> voted.equals(SpecValues.setOf()) ? Values() : SpecValues.<P1b, Long>map(SpecValues.filter(voted, x -> SpecValues.forall(voted, y -> x.mbal() >= y.mbal())), m2 -> m2.mval()));
    }
}
