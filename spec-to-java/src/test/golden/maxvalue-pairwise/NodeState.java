package gen.maxvaluepairwise;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Node: its variables, in declaration order. (spec: maxvalue-pairwise.lstep:12:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "maxvalue-pairwise.lstep")
public record NodeState(long init, long val) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: maxvalue-pairwise.lstep:12:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("init", init, "val", val);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: maxvalue-pairwise.lstep:12:1)
     */
    public static NodeState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new NodeState(SpecValues.field(r, "init", Itf::asLong, "state of role Node"), SpecValues.field(r, "val", Itf::asLong, "state of role Node"));
    }
}
