package gen.tworingsrankasid;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Node: its variables, in declaration order. (spec: chang-roberts.lstep:24:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-rings-rank-as-id.lstep")
public record NodeState(boolean started, boolean leader) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: chang-roberts.lstep:24:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("leader", leader, "started", started);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: chang-roberts.lstep:24:1)
     */
    public static NodeState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new NodeState(SpecValues.field(r, "started", Itf::asBoolean, "state of role Node"), SpecValues.field(r, "leader", Itf::asBoolean, "state of role Node"));
    }
}
