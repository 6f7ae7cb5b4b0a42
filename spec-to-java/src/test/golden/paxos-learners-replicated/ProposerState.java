package gen.paxosreplicated;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The local state of a node of role Proposer: its variables, in declaration order. (spec: paxos-learners-replicated.lstep:36:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public record ProposerState(Set<Long> unused, long bal, ProposerPhase phase, Set<NodeId> promised, long hiBal, long hiVal) implements ItfEncodable {

    /**
     * Refuses null components: null is no spec value. (spec: paxos-learners-replicated.lstep:36:1)
     */
    public ProposerState {
        Objects.requireNonNull(unused, "unused");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(promised, "promised");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: paxos-learners-replicated.lstep:36:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("bal", bal, "hiBal", hiBal, "hiVal", hiVal, "phase", phase, "promised", promised, "unused", unused);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: paxos-learners-replicated.lstep:36:1)
     */
    public static ProposerState fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new ProposerState(SpecValues.field(r, "unused", x0 -> SpecValues.setFromItf(x0, Itf::asLong), "state of role Proposer"), SpecValues.field(r, "bal", Itf::asLong, "state of role Proposer"), SpecValues.field(r, "phase", ProposerPhase::fromItf, "state of role Proposer"), SpecValues.field(r, "promised", x0 -> SpecValues.setFromItf(x0, Itf::asNode), "state of role Proposer"), SpecValues.field(r, "hiBal", Itf::asLong, "state of role Proposer"), SpecValues.field(r, "hiVal", Itf::asLong, "state of role Proposer"));
    }
}
