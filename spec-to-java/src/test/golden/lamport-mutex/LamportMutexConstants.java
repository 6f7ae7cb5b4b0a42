package gen.lamportmutex;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol LamportMutex, bound by a model; the spec's definitions are methods because they read constants only. (spec: lamport-mutex.lstep:17:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "lamport-mutex.lstep")
public record LamportMutexConstants(Set<NodeId> Procs, Map<NodeId, Long> Id, long MaxClock) {

    public LamportMutexConstants {
        Objects.requireNonNull(Procs, "Procs");
        Objects.requireNonNull(Id, "Id");
    }

    /**
     * The constants of model small. (spec: lamport-mutex.lstep:71:1)
     */
    public static LamportMutexConstants small() {
        Set<NodeId> Procs = SpecValues.setOf(NodeId.of("p1"), NodeId.of("p2"));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.singletonMap(NodeId.of("p1"), 1L), SpecValues.singletonMap(NodeId.of("p2"), 2L));
        long MaxClock = 4L;
        return new LamportMutexConstants(Procs, Id, MaxClock);
    }

    /**
     * The constants of model n3. (spec: lamport-mutex.lstep:75:1)
     */
    public static LamportMutexConstants n3() {
        Set<NodeId> Procs = SpecValues.setOf(NodeId.of("p1"), NodeId.of("p2"), NodeId.of("p3"));
        Map<NodeId, Long> Id = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("p1"), 1L), SpecValues.singletonMap(NodeId.of("p2"), 2L)), SpecValues.singletonMap(NodeId.of("p3"), 3L));
        long MaxClock = 6L;
        return new LamportMutexConstants(Procs, Id, MaxClock);
    }
}
