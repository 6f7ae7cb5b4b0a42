package gen.twophasecommittxssharded;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import javax.annotation.processing.Generated;

/**
 * Enum TMState; labels in declaration order, which is the spec's canonical order. (spec: two-phase-commit-txs-sharded.lstep:22:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-txs-sharded.lstep")
public enum TMState implements ItfEncodable {

    init("init"), done("done");

    private final String label;

    /**
     * A constant with its spec label. (spec: two-phase-commit-txs-sharded.lstep:22:1)
     */
    TMState(String label) {
        this.label = label;
    }

    /**
     * The label as the spec spells it. (spec: two-phase-commit-txs-sharded.lstep:22:1)
     */
    public String label() {
        return label;
    }

    /**
     * ITF: the label as a string. (spec: two-phase-commit-txs-sharded.lstep:22:1)
     */
    @Override
    public Object toItf() {
        return label;
    }

    /**
     * The constant with this spec label, or null. (spec: two-phase-commit-txs-sharded.lstep:22:1)
     */
    public static TMState byLabel(String label) {
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
     * Decodes the ITF label; @throws dev.lockstep.runtime.api.MalformedValueException for an unknown label (spec: two-phase-commit-txs-sharded.lstep:22:1)
     */
    public static TMState fromItf(Object itf) {
        return Itf.asEnum(itf, TMState.class, TMState::byLabel);
    }
}
