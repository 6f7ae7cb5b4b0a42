package gen.twophasecommitlossy;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message AckCommit from src to dst. (spec: two-phase-commit-lossy.lstep:21:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-lossy.lstep")
public record AckCommit(NodeId src, NodeId dst) implements TwoPhaseCommitLossyMessage, Comparable<AckCommit> {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-lossy.lstep:21:1)
     */
    public AckCommit {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: two-phase-commit-lossy.lstep:21:1)
     */
    @Override
    public String type() {
        return "AckCommit";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-lossy.lstep:21:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: two-phase-commit-lossy.lstep:21:1)
     */
    @Override
    public int compareTo(AckCommit o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-lossy.lstep:21:1)
     */
    public static AckCommit fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new AckCommit(SpecValues.field(r, "src", Itf::asNode, "message AckCommit"), SpecValues.field(r, "dst", Itf::asNode, "message AckCommit"));
    }
}
