package gen.minfinderepochoperator;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg1 of exchange Node.Pipelined: the initiator and the variables of its old state that the receiver reads. (spec: minfinder-epoch-operator.lstep:20:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder-epoch-operator.lstep")
public record PipelinedRequest(NodeId initiator, long cur, long Pipelined_epoch, long Pipelined_cur) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: minfinder-epoch-operator.lstep:20:8)
     */
    @Override
    public Object toItf() {
        return Itf.record("Pipelined_cur", Pipelined_cur, "Pipelined_epoch", Pipelined_epoch, "cur", cur, "initiator", initiator);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: minfinder-epoch-operator.lstep:20:8)
     */
    public static PipelinedRequest fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new PipelinedRequest(SpecValues.field(r, "initiator", Itf::asNode, "msg1 of exchange Node.Pipelined"), SpecValues.field(r, "cur", Itf::asLong, "msg1 of exchange Node.Pipelined"), SpecValues.field(r, "Pipelined_epoch", Itf::asLong, "msg1 of exchange Node.Pipelined"), SpecValues.field(r, "Pipelined_cur", Itf::asLong, "msg1 of exchange Node.Pipelined"));
    }
}
