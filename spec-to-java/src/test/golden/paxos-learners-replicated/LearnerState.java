package gen.paxosreplicated;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Learner: its variables, in declaration order. (spec: paxos-learners-replicated.lstep:86:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public record LearnerState(Set<AccBalValRecord> votes, Set<Long> learned) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: paxos-learners-replicated.lstep:86:1)
     */
    public LearnerState {
        Objects.requireNonNull(votes, "votes");
        Objects.requireNonNull(learned, "learned");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: paxos-learners-replicated.lstep:86:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("learned", learned, "votes", votes);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: paxos-learners-replicated.lstep:86:1)
     */
    public static LearnerState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new LearnerState(SpecValues.field(r, "votes", x0 -> SpecValues.setFromItf(x0, AccBalValRecord::fromItf), "state of role Learner"), SpecValues.field(r, "learned", x0 -> SpecValues.setFromItf(x0, Itf::asLong), "state of role Learner"));
    }
}
