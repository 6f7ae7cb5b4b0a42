package gen.leadertree;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * msg2 of exchange Tree.Grow: the variables of the receiver's old state that the initiator's new values read. (spec: leader-tree.lstep:31:8)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public record GrowReply(long root, long dist) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: leader-tree.lstep:31:8)
     */
    @Override
    public Object toItf() {
        return Itf.record("dist", dist, "root", root);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: leader-tree.lstep:31:8)
     */
    public static GrowReply fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new GrowReply(SpecValues.field(r, "root", Itf::asLong, "msg2 of exchange Tree.Grow"), SpecValues.field(r, "dist", Itf::asLong, "msg2 of exchange Tree.Grow"));
    }
}
