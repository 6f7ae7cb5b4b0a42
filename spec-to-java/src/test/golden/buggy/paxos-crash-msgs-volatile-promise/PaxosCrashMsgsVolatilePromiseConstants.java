package gen.paxoscrashmsgsvolatilepromise;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol PaxosCrashMsgsVolatilePromise, bound by a model; the spec's definitions are methods because they read constants only. (spec: paxos-crash-msgs-volatile-promise.lstep:9:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-crash-msgs-volatile-promise.lstep")
public record PaxosCrashMsgsVolatilePromiseConstants(Set<NodeId> Proposers, Set<NodeId> Acceptors, Set<NodeId> Learners, Set<Long> Values, Map<NodeId, Set<Long>> Ballots) {

    public PaxosCrashMsgsVolatilePromiseConstants {
        Objects.requireNonNull(Proposers, "Proposers");
        Objects.requireNonNull(Acceptors, "Acceptors");
        Objects.requireNonNull(Learners, "Learners");
        Objects.requireNonNull(Values, "Values");
        Objects.requireNonNull(Ballots, "Ballots");
    }

    /**
     * The constants of model small. (spec: paxos-crash-msgs-volatile-promise.lstep:113:1)
     */
    public static PaxosCrashMsgsVolatilePromiseConstants small() {
        Set<NodeId> Proposers = SpecValues.setOf(NodeId.of("p1"), NodeId.of("p2"));
        Set<NodeId> Acceptors = SpecValues.setOf(NodeId.of("a1"), NodeId.of("a2"), NodeId.of("a3"));
        Set<NodeId> Learners = SpecValues.setOf(NodeId.of("l1"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        Map<NodeId, Set<Long>> Ballots = SpecValues.merge(SpecValues.singletonMap(NodeId.of("p1"), SpecValues.setOf(1L)), SpecValues.singletonMap(NodeId.of("p2"), SpecValues.setOf(2L)));
        return new PaxosCrashMsgsVolatilePromiseConstants(Proposers, Acceptors, Learners, Values, Ballots);
    }

    /**
     * Definition AllBallots. (spec: paxos-crash-msgs-volatile-promise.lstep:23:1)
     */
    public Set<Long> AllBallots() {
        return SpecValues.unionAll(SpecValues.<NodeId, Set<Long>>map(SpecValues.domain(Ballots()), p -> SpecValues.apply(Ballots(), p, "paxos-crash-msgs-volatile-promise.lstep:23:26")));
    }

    /**
     * Definition IsQuorum. (spec: paxos-crash-msgs-volatile-promise.lstep:26:1)
     */
    public boolean IsQuorum(Set<NodeId> q) {
        return Math.multiplyExact((long) q.size(), 2L) > ((long) Acceptors().size());
    }
}
