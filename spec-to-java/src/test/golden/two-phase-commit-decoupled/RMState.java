package gen.twophasecommitdecoupled;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import javax.annotation.processing.Generated;

/**
 * Enum RMState; labels in declaration order, which is the spec's canonical order. (spec: two-phase-commit-decoupled.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public enum RMState implements ItfEncodable {

    working("working"), prepared("prepared"), committed("committed"), aborted("aborted");

    private final String label;

    /**
     * A constant with its spec label. (spec: two-phase-commit-decoupled.lstep:15:1)
     */
    RMState(String label) {
        this.label = label;
    }

    /**
     * The label as the spec spells it. (spec: two-phase-commit-decoupled.lstep:15:1)
     */
    public String label() {
        return label;
    }

    /**
     * ITF: the label as a string. (spec: two-phase-commit-decoupled.lstep:15:1)
     */
    @Override
    public Object toItf() {
        return label;
    }

    /**
     * The constant with this spec label, or null. (spec: two-phase-commit-decoupled.lstep:15:1)
     */
    public static RMState byLabel(String label) {
        switch(label) {
            case "working":
                return working;
            case "prepared":
                return prepared;
            case "committed":
                return committed;
            case "aborted":
                return aborted;
            default:
                return null;
        }
    }

    /**
     * Decodes the ITF label; @throws dev.lockstep.runtime.api.MalformedValueException for an unknown label (spec: two-phase-commit-decoupled.lstep:15:1)
     */
    public static RMState fromItf(Object itf) {
        return Itf.asEnum(itf, RMState.class, RMState::byLabel);
    }
}
