package gen.raftvotenotpersisted;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import javax.annotation.processing.Generated;

/**
 * Enum Status; labels in declaration order, which is the spec's canonical order. (spec: raft-vote-not-persisted.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-vote-not-persisted.lstep")
public enum Status implements ItfEncodable {

    follower("follower"), candidate("candidate"), leader("leader");

    private final String label;

    /**
     * A constant with its spec label. (spec: raft-vote-not-persisted.lstep:15:1)
     */
    Status(String label) {
        this.label = label;
    }

    /**
     * The label as the spec spells it. (spec: raft-vote-not-persisted.lstep:15:1)
     */
    public String label() {
        return label;
    }

    /**
     * ITF: the label as a string. (spec: raft-vote-not-persisted.lstep:15:1)
     */
    @Override
    public Object toItf() {
        return label;
    }

    /**
     * The constant with this spec label, or null. (spec: raft-vote-not-persisted.lstep:15:1)
     */
    public static Status byLabel(String label) {
        switch(label) {
            case "follower":
                return follower;
            case "candidate":
                return candidate;
            case "leader":
                return leader;
            default:
                return null;
        }
    }

    /**
     * Decodes the ITF label; @throws dev.lockstep.runtime.api.MalformedValueException for an unknown label (spec: raft-vote-not-persisted.lstep:15:1)
     */
    public static Status fromItf(Object itf) {
        return Itf.asEnum(itf, Status.class, Status::byLabel);
    }
}
