package gen.lamportmutex;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role P: its variables, in declaration order. (spec: lamport-mutex.lstep:27:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "lamport-mutex.lstep")
public record PState(long clock, Map<NodeId, Long> req, Set<NodeId> ack, boolean crit) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: lamport-mutex.lstep:27:1)
     */
    public PState {
        Objects.requireNonNull(req, "req");
        Objects.requireNonNull(ack, "ack");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: lamport-mutex.lstep:27:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("ack", ack, "clock", clock, "crit", crit, "req", req);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: lamport-mutex.lstep:27:1)
     */
    public static PState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new PState(SpecValues.field(r, "clock", Itf::asLong, "state of role P"), SpecValues.field(r, "req", x0 -> SpecValues.mapFromItf(x0, Itf::asNode, Itf::asLong), "state of role P"), SpecValues.field(r, "ack", x0 -> SpecValues.setFromItf(x0, Itf::asNode), "state of role P"), SpecValues.field(r, "crit", Itf::asBoolean, "state of role P"));
    }
}
