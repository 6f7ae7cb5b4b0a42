package gen.leadertree;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Leader: its variables, in declaration order. (spec: leader-tree.lstep:16:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "leader-tree.lstep")
public record LeaderState(long leader) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: leader-tree.lstep:16:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("leader", leader);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: leader-tree.lstep:16:1)
     */
    public static LeaderState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new LeaderState(SpecValues.field(r, "leader", Itf::asLong, "state of role Leader"));
    }
}
