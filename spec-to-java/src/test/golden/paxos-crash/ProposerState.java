package gen.paxoscrash;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Proposer: its variables, in declaration order. (spec: paxos-crash.lstep:33:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-crash.lstep")
public record ProposerState(Set<Long> proposed) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: paxos-crash.lstep:33:1)
     */
    public ProposerState {
        Objects.requireNonNull(proposed, "proposed");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: paxos-crash.lstep:33:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("proposed", proposed);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: paxos-crash.lstep:33:1)
     */
    public static ProposerState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new ProposerState(SpecValues.field(r, "proposed", x0 -> SpecValues.setFromItf(x0, Itf::asLong), "state of role Proposer"));
    }
}
