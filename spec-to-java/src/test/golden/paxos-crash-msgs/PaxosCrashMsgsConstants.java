package gen.paxoscrashmsgs;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol PaxosCrashMsgs, bound by a model; the spec's definitions are methods because they read constants only. (spec: paxos-crash-msgs.lstep:8:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-crash-msgs.lstep")
public record PaxosCrashMsgsConstants(Set<NodeId> Proposers, Set<NodeId> Acceptors, Set<NodeId> Learners, Set<Long> Values, Map<NodeId, Set<Long>> Ballots) {

    public PaxosCrashMsgsConstants {
        Objects.requireNonNull(Proposers, "Proposers");
        Objects.requireNonNull(Acceptors, "Acceptors");
        Objects.requireNonNull(Learners, "Learners");
        Objects.requireNonNull(Values, "Values");
        Objects.requireNonNull(Ballots, "Ballots");
    }

    /**
     * The constants of model small. (spec: paxos-crash-msgs.lstep:112:1)
     */
    public static PaxosCrashMsgsConstants small() {
        Set<NodeId> Proposers = SpecValues.setOf(NodeId.of("p1"), NodeId.of("p2"));
        Set<NodeId> Acceptors = SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2"), NodeId.of("a3"));
        Set<NodeId> Learners = SpecValues.setOf(NodeId.of("l1"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        Map<NodeId, Set<Long>> Ballots = SpecValues.merge(SpecValues.singletonMap(NodeId.of("p1"), SpecValues.setOf(1L)), SpecValues.singletonMap(NodeId.of("p2"), SpecValues.setOf(2L)));
        return new PaxosCrashMsgsConstants(Proposers, Acceptors, Learners, Values, Ballots);
    }

    /**
     * The constants of model tiny. (spec: paxos-crash-msgs.lstep:119:1)
     */
    public static PaxosCrashMsgsConstants tiny() {
        Set<NodeId> Proposers = SpecValues.setOf(NodeId.of("p1"));
        Set<NodeId> Acceptors = SpecValues.setOf(NodeId.of("a1"));
        Set<NodeId> Learners = SpecValues.setOf(NodeId.of("l1"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        Map<NodeId, Set<Long>> Ballots = SpecValues.singletonMap(NodeId.of("p1"), SpecValues.setOf(1L));
        return new PaxosCrashMsgsConstants(Proposers, Acceptors, Learners, Values, Ballots);
    }

    /**
     * Definition AllBallots. (spec: paxos-crash-msgs.lstep:22:1)
     */
    public Set<Long> AllBallots() {
        return SpecValues.unionAll(SpecValues.<NodeId, Set<Long>>map(SpecValues.domain(Ballots()), p -> SpecValues.apply(Ballots(), p, "paxos-crash-msgs.lstep:22:26")));
    }

    /**
     * Definition IsQuorum. (spec: paxos-crash-msgs.lstep:25:1)
     */
    public boolean IsQuorum(Set<NodeId> q) {
        return Math.multiplyExact((long) q.size(), 2L) > ((long) Acceptors().size());
    }
}
