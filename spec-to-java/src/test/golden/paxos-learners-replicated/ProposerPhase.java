package gen.paxosreplicated;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import javax.annotation.processing.Generated;

/**
 * The inline enum of variable phase of role Proposer; labels in declaration order, which is the spec's canonical order. (spec: paxos-learners-replicated.lstep:39:14)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "paxos-learners-replicated.lstep")
public enum ProposerPhase implements ItfEncodable {

    idle("idle"), collecting("collecting"), proposed("proposed");

    private final String label;

    /**
     * A constant with its spec label. (spec: paxos-learners-replicated.lstep:39:14)
     */
    ProposerPhase(String label) {
        this.label = label;
    }

    /**
     * The label as the spec spells it. (spec: paxos-learners-replicated.lstep:39:14)
     */
    public String label() {
        return label;
    }

    /**
     * ITF: the label as a string. (spec: paxos-learners-replicated.lstep:39:14)
     */
    @Override
    public Object toItf() {
        return label;
    }

    /**
     * The constant with this spec label, or null. (spec: paxos-learners-replicated.lstep:39:14)
     */
    public static ProposerPhase byLabel(String label) {
        switch(label) {
            case "idle":
                return idle;
            case "collecting":
                return collecting;
            case "proposed":
                return proposed;
            default:
                return null;
        }
    }

    /**
     * Decodes the ITF label; @throws dev.lockstep.runtime.api.MalformedValueException for an unknown label (spec: paxos-learners-replicated.lstep:39:14)
     */
    public static ProposerPhase fromItf(Object itf) {
        return Itf.asEnum(itf, ProposerPhase.class, ProposerPhase::byLabel);
    }
}
