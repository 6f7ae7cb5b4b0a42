package gen.twophasecommitdecoupled;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import javax.annotation.processing.Generated;

/**
 * The inline enum of variable state of role TM; labels in declaration order, which is the spec's canonical order. (spec: two-phase-commit-decoupled.lstep:24:14)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public enum TMStateEnum implements ItfEncodable {

    init("init"), done("done");

    private final String label;

    /**
     * A constant with its spec label. (spec: two-phase-commit-decoupled.lstep:24:14)
     */
    TMStateEnum(String label) {
        this.label = label;
    }

    /**
     * The label as the spec spells it. (spec: two-phase-commit-decoupled.lstep:24:14)
     */
    public String label() {
        return label;
    }

    /**
     * ITF: the label as a string. (spec: two-phase-commit-decoupled.lstep:24:14)
     */
    @Override
    public Object toItf() {
        return label;
    }

    /**
     * The constant with this spec label, or null. (spec: two-phase-commit-decoupled.lstep:24:14)
     */
    public static TMStateEnum byLabel(String label) {
        switch(label) {
            case "init":
                return init;
            case "done":
                return done;
            default:
                return null;
        }
    }

    /**
     * Decodes the ITF label; @throws dev.lockstep.runtime.api.MalformedValueException for an unknown label (spec: two-phase-commit-decoupled.lstep:24:14)
     */
    public static TMStateEnum fromItf(Object itf) {
        return Itf.asEnum(itf, TMStateEnum.class, TMStateEnum::byLabel);
    }
}
