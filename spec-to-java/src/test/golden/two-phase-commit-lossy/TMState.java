package gen.twophasecommitlossy;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role TM: its variables, in declaration order. (spec: two-phase-commit-lossy.lstep:26:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-lossy.lstep")
public record TMState(TMStateEnum state, Set<NodeId> prepared, Set<DstRecord> pendingCommit, Set<DstRecord> pendingAbort, Set<RmSrcRecord> seenPrepared) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-lossy.lstep:26:1)
     */
    public TMState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(pendingCommit, "pendingCommit");
        Objects.requireNonNull(pendingAbort, "pendingAbort");
        Objects.requireNonNull(seenPrepared, "seenPrepared");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-lossy.lstep:26:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("pendingAbort", pendingAbort, "pendingCommit", pendingCommit, "prepared", prepared, "seenPrepared", seenPrepared, "state", state);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-lossy.lstep:26:1)
     */
    public static TMState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new TMState(SpecValues.field(r, "state", TMStateEnum::fromItf, "state of role TM"), SpecValues.field(r, "prepared", x0 -> SpecValues.setFromItf(x0, Itf::asNode), "state of role TM"), SpecValues.field(r, "pendingCommit", x0 -> SpecValues.setFromItf(x0, DstRecord::fromItf), "state of role TM"), SpecValues.field(r, "pendingAbort", x0 -> SpecValues.setFromItf(x0, DstRecord::fromItf), "state of role TM"), SpecValues.field(r, "seenPrepared", x0 -> SpecValues.setFromItf(x0, RmSrcRecord::fromItf), "state of role TM"));
    }
}
