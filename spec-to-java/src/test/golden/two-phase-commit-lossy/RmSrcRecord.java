package gen.twophasecommitlossy;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The spec record type [rm: node, src: node], first used here. (spec: two-phase-commit-lossy.lstep:31:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-lossy.lstep")
public record RmSrcRecord(NodeId rm, NodeId src_) implements ItfEncodable, Comparable<RmSrcRecord> {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-lossy.lstep:31:3)
     */
    public RmSrcRecord {
        Objects.requireNonNull(rm, "rm");
        Objects.requireNonNull(src_, "src");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-lossy.lstep:31:3)
     */
    @Override
    public Object toItf() {
        return Itf.record("rm", rm, "src", src_);
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: two-phase-commit-lossy.lstep:31:3)
     */
    @Override
    public int compareTo(RmSrcRecord o) {
        int c = SpecValues.compare(this.rm, o.rm);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src_, o.src_);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-lossy.lstep:31:3)
     */
    public static RmSrcRecord fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new RmSrcRecord(SpecValues.field(r, "rm", Itf::asNode, "record [rm: node, src: node]"), SpecValues.field(r, "src", Itf::asNode, "record [rm: node, src: node]"));
    }

    /**
     * A copy with field rm replaced. (spec: two-phase-commit-lossy.lstep:31:3)
     */
    public RmSrcRecord withRm(NodeId rm) {
        return new RmSrcRecord(rm, src_);
    }

    /**
     * A copy with field src replaced. (spec: two-phase-commit-lossy.lstep:31:3)
     */
    public RmSrcRecord withSrc_(NodeId src_) {
        return new RmSrcRecord(rm, src_);
    }
}
