package gen.paxos;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol Paxos, bound by a model; the spec's definitions are methods because they read constants only. (spec: paxos.lstep:12:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos.lstep")
public record PaxosConstants(Set<NodeId> Proposers, Set<NodeId> Acceptors, Set<NodeId> Learners, Set<Long> Values, Map<NodeId, Set<Long>> Ballots) {

    public PaxosConstants {
        Objects.requireNonNull(Proposers, "Proposers");
        Objects.requireNonNull(Acceptors, "Acceptors");
        Objects.requireNonNull(Learners, "Learners");
        Objects.requireNonNull(Values, "Values");
        Objects.requireNonNull(Ballots, "Ballots");
    }

    /**
     * The constants of model small. (spec: paxos.lstep:171:1)
     */
    public static PaxosConstants small() {
        Set<NodeId> Proposers = SpecValues.setOf(NodeId.of("p1"), NodeId.of("p2"));
        Set<NodeId> Acceptors = SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2"), NodeId.of("a3"));
        Set<NodeId> Learners = SpecValues.setOf(NodeId.of("l1"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        Map<NodeId, Set<Long>> Ballots = SpecValues.merge(SpecValues.singletonMap(NodeId.of("p1"), SpecValues.setOf(1L)), SpecValues.singletonMap(NodeId.of("p2"), SpecValues.setOf(2L)));
        return new PaxosConstants(Proposers, Acceptors, Learners, Values, Ballots);
    }

    /**
     * The constants of model tiny. (spec: paxos.lstep:178:1)
     */
    public static PaxosConstants tiny() {
        Set<NodeId> Proposers = SpecValues.setOf(NodeId.of("p1"));
        Set<NodeId> Acceptors = SpecValues.setOf(NodeId.of("a1"));
        Set<NodeId> Learners = SpecValues.setOf(NodeId.of("l1"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        Map<NodeId, Set<Long>> Ballots = SpecValues.singletonMap(NodeId.of("p1"), SpecValues.setOf(1L));
        return new PaxosConstants(Proposers, Acceptors, Learners, Values, Ballots);
    }

    /**
     * The constants of model smallSym. (spec: paxos.lstep:185:1)
     */
    public static PaxosConstants smallSym() {
        Set<NodeId> Proposers = SpecValues.setOf(NodeId.of("p1"), NodeId.of("p2"));
        Set<NodeId> Acceptors = SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2"), NodeId.of("a3"));
        Set<NodeId> Learners = SpecValues.setOf(NodeId.of("l1"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        Map<NodeId, Set<Long>> Ballots = SpecValues.merge(SpecValues.singletonMap(NodeId.of("p1"), SpecValues.setOf(1L)), SpecValues.singletonMap(NodeId.of("p2"), SpecValues.setOf(2L)));
        return new PaxosConstants(Proposers, Acceptors, Learners, Values, Ballots);
    }

    /**
     * Definition AllBallots. (spec: paxos.lstep:26:1)
     */
    public Set<Long> AllBallots() {
        return SpecValues.unionAll(SpecValues.<NodeId, Set<Long>>map(SpecValues.domain(Ballots()), p -> SpecValues.apply(Ballots(), p, "paxos.lstep:26:26")));
    }

    /**
     * Definition IsQuorum. (spec: paxos.lstep:29:1)
     */
    public boolean IsQuorum(Set<NodeId> q) {
        return Math.multiplyExact((long) q.size(), 2L) > ((long) Acceptors().size());
    }

    /**
     * Definition Quorums. (spec: paxos.lstep:115:1)
     */
    public Set<Set<NodeId>> Quorums() {
        return SpecValues.filter(SpecValues.powerset(Acceptors(), "paxos.lstep:115:23"), Q -> IsQuorum(Q));
    }
}
