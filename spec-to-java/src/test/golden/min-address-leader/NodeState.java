package gen.minaddressleader;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Node: its variables, in declaration order. (spec: min-address-leader.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "min-address-leader.lstep")
public record NodeState(long leader) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: min-address-leader.lstep:15:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("leader", leader);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: min-address-leader.lstep:15:1)
     */
    public static NodeState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new NodeState(SpecValues.field(r, "leader", Itf::asLong, "state of role Node"));
    }
}
