package gen.twophasecommitlossy;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The spec record type [dst: node, rm: node], first used here. (spec: two-phase-commit-lossy.lstep:67:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-lossy.lstep")
public record DstRmRecord(NodeId dst_, NodeId rm) implements ItfEncodable, Comparable<DstRmRecord> {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-lossy.lstep:67:3)
     */
    public DstRmRecord {
        Objects.requireNonNull(dst_, "dst");
        Objects.requireNonNull(rm, "rm");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-lossy.lstep:67:3)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst_, "rm", rm);
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: two-phase-commit-lossy.lstep:67:3)
     */
    @Override
    public int compareTo(DstRmRecord o) {
        int c = SpecValues.compare(this.dst_, o.dst_);
        if (c != 0)
            return c;
        return SpecValues.compare(this.rm, o.rm);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-lossy.lstep:67:3)
     */
    public static DstRmRecord fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new DstRmRecord(SpecValues.field(r, "dst", Itf::asNode, "record [dst: node, rm: node]"), SpecValues.field(r, "rm", Itf::asNode, "record [dst: node, rm: node]"));
    }

    /**
     * A copy with field dst replaced. (spec: two-phase-commit-lossy.lstep:67:3)
     */
    public DstRmRecord withDst_(NodeId dst_) {
        return new DstRmRecord(dst_, rm);
    }

    /**
     * A copy with field rm replaced. (spec: two-phase-commit-lossy.lstep:67:3)
     */
    public DstRmRecord withRm(NodeId rm) {
        return new DstRmRecord(dst_, rm);
    }
}
