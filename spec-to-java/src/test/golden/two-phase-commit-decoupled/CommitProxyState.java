package gen.twophasecommitdecoupled;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role CommitProxy: its variables, in declaration order. (spec: two-phase-commit-decoupled.lstep:43:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public record CommitProxyState() implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-decoupled.lstep:43:1)
     */
    @Override
    public Object toItf() {
        return Itf.record();
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-decoupled.lstep:43:1)
     */
    public static CommitProxyState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new CommitProxyState();
    }
}
