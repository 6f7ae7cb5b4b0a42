package gen.twophasecommitlossy;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The spec record type [src: node], first used here. (spec: two-phase-commit-lossy.lstep:68:3)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-lossy.lstep")
public record SrcRecord(NodeId src_) implements ItfEncodable, Comparable<SrcRecord> {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-lossy.lstep:68:3)
     */
    public SrcRecord {
        Objects.requireNonNull(src_, "src");
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-lossy.lstep:68:3)
     */
    @Override
    public Object toItf() {
        return Itf.record("src", src_);
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: two-phase-commit-lossy.lstep:68:3)
     */
    @Override
    public int compareTo(SrcRecord o) {
        return SpecValues.compare(this.src_, o.src_);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-lossy.lstep:68:3)
     */
    public static SrcRecord fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new SrcRecord(SpecValues.field(r, "src", Itf::asNode, "record [src: node]"));
    }

    /**
     * A copy with field src replaced. (spec: two-phase-commit-lossy.lstep:68:3)
     */
    public SrcRecord withSrc_(NodeId src_) {
        return new SrcRecord(src_);
    }
}
