package gen.minfinderepoch;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Node: its variables, in declaration order. (spec: minfinder-epoch.lstep:19:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch.lstep")
public record NodeState(long init, boolean alive, long epoch, long cur, long nxt) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: minfinder-epoch.lstep:19:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("alive", alive, "cur", cur, "epoch", epoch, "init", init, "nxt", nxt);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: minfinder-epoch.lstep:19:1)
     */
    public static NodeState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new NodeState(SpecValues.field(r, "init", Itf::asLong, "state of role Node"), SpecValues.field(r, "alive", Itf::asBoolean, "state of role Node"), SpecValues.field(r, "epoch", Itf::asLong, "state of role Node"), SpecValues.field(r, "cur", Itf::asLong, "state of role Node"), SpecValues.field(r, "nxt", Itf::asLong, "state of role Node"));
    }
}
