package gen.minfinderepochoperator;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Node.Pipelined: the variables of the receiver's old state that the initiator's new values read. (spec: minfinder-epoch-operator.lstep:20:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch-operator.lstep")
public record PipelinedReply(long cur, long Pipelined_cur) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: minfinder-epoch-operator.lstep:20:8)
     */
    @Override
    public Object toItf() {
        return Itf.record("Pipelined_cur", Pipelined_cur, "cur", cur);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: minfinder-epoch-operator.lstep:20:8)
     */
    public static PipelinedReply fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new PipelinedReply(SpecValues.field(r, "cur", Itf::asLong, "msg2 of exchange Node.Pipelined"), SpecValues.field(r, "Pipelined_cur", Itf::asLong, "msg2 of exchange Node.Pipelined"));
    }
}
