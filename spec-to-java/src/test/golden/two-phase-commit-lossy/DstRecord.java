package gen.twophasecommitlossy;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The spec record type [dst: node], first used here. (spec: two-phase-commit-lossy.lstep:29:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-lossy.lstep")
public record DstRecord(NodeId dst_) implements ItfEncodable, Comparable<DstRecord> {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-lossy.lstep:29:3)
     */
    public DstRecord {
        Objects.requireNonNull(dst_, "dst");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-lossy.lstep:29:3)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst_);
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: two-phase-commit-lossy.lstep:29:3)
     */
    @Override
    public int compareTo(DstRecord o) {
        return SpecValues.compare(this.dst_, o.dst_);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-lossy.lstep:29:3)
     */
    public static DstRecord fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new DstRecord(SpecValues.field(r, "dst", Itf::asNode, "record [dst: node]"));
    }

    /**
     * A copy with field dst replaced. (spec: two-phase-commit-lossy.lstep:29:3)
     */
    public DstRecord withDst_(NodeId dst_) {
        return new DstRecord(dst_);
    }
}
