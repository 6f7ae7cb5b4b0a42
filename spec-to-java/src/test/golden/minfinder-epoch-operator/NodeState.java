package gen.minfinderepochoperator;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Node: its variables, in declaration order. (spec: minfinder-epoch-operator.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch-operator.lstep")
public record NodeState(long init, boolean alive, long cur, long Pipelined_epoch, long Pipelined_cur) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: minfinder-epoch-operator.lstep:15:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("Pipelined_cur", Pipelined_cur, "Pipelined_epoch", Pipelined_epoch, "alive", alive, "cur", cur, "init", init);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: minfinder-epoch-operator.lstep:15:1)
     */
    public static NodeState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new NodeState(SpecValues.field(r, "init", Itf::asLong, "state of role Node"), SpecValues.field(r, "alive", Itf::asBoolean, "state of role Node"), SpecValues.field(r, "cur", Itf::asLong, "state of role Node"), SpecValues.field(r, "Pipelined_epoch", Itf::asLong, "state of role Node"), SpecValues.field(r, "Pipelined_cur", Itf::asLong, "state of role Node"));
    }
}
