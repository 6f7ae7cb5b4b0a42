package gen.twophasecommitlossy;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role ResourceManager: its variables, in declaration order. (spec: two-phase-commit-lossy.lstep:65:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-lossy.lstep")
public record ResourceManagerState(RMState state, Set<DstRmRecord> pendingPrepared, Set<SrcRecord> seenCommit, Set<SrcRecord> seenAbort) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-lossy.lstep:65:1)
     */
    public ResourceManagerState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(pendingPrepared, "pendingPrepared");
        Objects.requireNonNull(seenCommit, "seenCommit");
        Objects.requireNonNull(seenAbort, "seenAbort");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-lossy.lstep:65:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("pendingPrepared", pendingPrepared, "seenAbort", seenAbort, "seenCommit", seenCommit, "state", state);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-lossy.lstep:65:1)
     */
    public static ResourceManagerState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new ResourceManagerState(SpecValues.field(r, "state", RMState::fromItf, "state of role ResourceManager"), SpecValues.field(r, "pendingPrepared", x0 -> SpecValues.setFromItf(x0, DstRmRecord::fromItf), "state of role ResourceManager"), SpecValues.field(r, "seenCommit", x0 -> SpecValues.setFromItf(x0, SrcRecord::fromItf), "state of role ResourceManager"), SpecValues.field(r, "seenAbort", x0 -> SpecValues.setFromItf(x0, SrcRecord::fromItf), "state of role ResourceManager"));
    }
}
