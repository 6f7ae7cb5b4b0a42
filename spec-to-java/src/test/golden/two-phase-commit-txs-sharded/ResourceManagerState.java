package gen.twophasecommittxssharded;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role ResourceManager: its variables, in declaration order. (spec: two-phase-commit-txs-sharded.lstep:55:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-txs-sharded.lstep")
public record ResourceManagerState(Map<Long, RMState> state) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    public ResourceManagerState {
        Objects.requireNonNull(state, "state");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("state", state);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-txs-sharded.lstep:55:1)
     */
    public static ResourceManagerState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new ResourceManagerState(SpecValues.field(r, "state", x0 -> SpecValues.mapFromItf(x0, Itf::asLong, RMState::fromItf), "state of role ResourceManager"));
    }
}
