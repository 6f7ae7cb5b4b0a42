package gen.paxosreplicated;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Acceptor: its variables, in declaration order. (spec: paxos-learners-replicated.lstep:68:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public record AcceptorState(long maxBal, long vBal, long vVal) implements ItfEncodable {

    /**
     * ITF: an object of the fields under their spec names. (spec: paxos-learners-replicated.lstep:68:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("maxBal", maxBal, "vBal", vBal, "vVal", vVal);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: paxos-learners-replicated.lstep:68:1)
     */
    public static AcceptorState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new AcceptorState(SpecValues.field(r, "maxBal", Itf::asLong, "state of role Acceptor"), SpecValues.field(r, "vBal", Itf::asLong, "state of role Acceptor"), SpecValues.field(r, "vVal", Itf::asLong, "state of role Acceptor"));
    }
}
