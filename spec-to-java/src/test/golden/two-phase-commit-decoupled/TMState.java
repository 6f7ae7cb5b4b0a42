package gen.twophasecommitdecoupled;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role TM: its variables, in declaration order. (spec: two-phase-commit-decoupled.lstep:23:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public record TMState(TMStateEnum state, Set<NodeId> prepared) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    public TMState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(prepared, "prepared");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("prepared", prepared, "state", state);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-decoupled.lstep:23:1)
     */
    public static TMState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new TMState(SpecValues.field(r, "state", TMStateEnum::fromItf, "state of role TM"), SpecValues.field(r, "prepared", x0 -> SpecValues.setFromItf(x0, Itf::asNode), "state of role TM"));
    }
}
