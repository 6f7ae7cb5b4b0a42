package gen.minfindercomposed;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Node: its variables, in declaration order. (spec: minfinder-composed.lstep:16:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-composed.lstep")
public record NodeState(long minAddr, long minMem) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: minfinder-composed.lstep:16:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("minAddr", minAddr, "minMem", minMem);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: minfinder-composed.lstep:16:1)
     */
    public static NodeState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new NodeState(SpecValues.field(r, "minAddr", Itf::asLong, "state of role Node"), SpecValues.field(r, "minMem", Itf::asLong, "state of role Node"));
    }
}
