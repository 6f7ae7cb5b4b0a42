package gen.twophasecommitlossy;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message AckAbort from src to dst. (spec: two-phase-commit-lossy.lstep:22:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-lossy.lstep")
public record AckAbort(NodeId src, NodeId dst) implements TwoPhaseCommitLossyMessage, Comparable<AckAbort> {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-lossy.lstep:22:1)
     */
    public AckAbort {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: two-phase-commit-lossy.lstep:22:1)
     */
    @Override
    public String type() {
        return "AckAbort";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-lossy.lstep:22:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: two-phase-commit-lossy.lstep:22:1)
     */
    @Override
    public int compareTo(AckAbort o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-lossy.lstep:22:1)
     */
    public static AckAbort fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new AckAbort(SpecValues.field(r, "src", Itf::asNode, "message AckAbort"), SpecValues.field(r, "dst", Itf::asNode, "message AckAbort"));
    }
}
