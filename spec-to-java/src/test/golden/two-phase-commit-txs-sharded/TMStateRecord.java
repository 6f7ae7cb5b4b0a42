package gen.twophasecommittxssharded;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role TM: its variables, in declaration order. (spec: two-phase-commit-txs-sharded.lstep:34:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-txs-sharded.lstep")
public record TMStateRecord(Map<Long, TMState> state, Map<Long, Set<NodeId>> prepared) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-txs-sharded.lstep:34:1)
     */
    public TMStateRecord {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(prepared, "prepared");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-txs-sharded.lstep:34:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("prepared", prepared, "state", state);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-txs-sharded.lstep:34:1)
     */
    public static TMStateRecord fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new TMStateRecord(SpecValues.field(r, "state", x0 -> SpecValues.mapFromItf(x0, Itf::asLong, TMState::fromItf), "state of role TM"), SpecValues.field(r, "prepared", x0 -> SpecValues.mapFromItf(x0, Itf::asLong, x1 -> SpecValues.setFromItf(x1, Itf::asNode)), "state of role TM"));
    }
}
