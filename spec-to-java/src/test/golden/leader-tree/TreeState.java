package gen.leadertree;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Tree: its variables, in declaration order. (spec: leader-tree.lstep:24:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public record TreeState(long root, long dist) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: leader-tree.lstep:24:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dist", dist, "root", root);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: leader-tree.lstep:24:1)
     */
    public static TreeState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new TreeState(SpecValues.field(r, "root", Itf::asLong, "state of role Tree"), SpecValues.field(r, "dist", Itf::asLong, "state of role Tree"));
    }
}
