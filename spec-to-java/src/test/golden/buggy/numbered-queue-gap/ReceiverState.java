package gen.numberedqueue;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Receiver: its variables, in declaration order. (spec: numbered-queue-gap.lstep:24:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "numbered-queue-gap.lstep")
public record ReceiverState(List<Long> last) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: numbered-queue-gap.lstep:24:1)
     */
    public ReceiverState {
        Objects.requireNonNull(last, "last");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: numbered-queue-gap.lstep:24:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("last", last);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: numbered-queue-gap.lstep:24:1)
     */
    public static ReceiverState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new ReceiverState(SpecValues.field(r, "last", x0 -> SpecValues.seqFromItf(x0, Itf::asLong), "state of role Receiver"));
    }
}
