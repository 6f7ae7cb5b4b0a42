package gen.numberedqueue;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Sender: its variables, in declaration order. (spec: numbered-queue-gap.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "numbered-queue-gap.lstep")
public record SenderState(long sent) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: numbered-queue-gap.lstep:15:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("sent", sent);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: numbered-queue-gap.lstep:15:1)
     */
    public static SenderState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new SenderState(SpecValues.field(r, "sent", Itf::asLong, "state of role Sender"));
    }
}
