package gen.twophasecommitdecoupled;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Prepared from src to dst. (spec: two-phase-commit-decoupled.lstep:17:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public record Prepared(NodeId src, NodeId dst, NodeId rm) implements TwoPhaseCommitDecoupledMessage, Comparable<Prepared> {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-decoupled.lstep:17:1)
     */
    public Prepared {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(rm, "rm");
    }

    /**
     * The message type tag. (spec: two-phase-commit-decoupled.lstep:17:1)
     */
    @Override
    public String type() {
        return "Prepared";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-decoupled.lstep:17:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "rm", rm, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: two-phase-commit-decoupled.lstep:17:1)
     */
    @Override
    public int compareTo(Prepared o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.rm, o.rm);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-decoupled.lstep:17:1)
     */
    public static Prepared fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Prepared(SpecValues.field(r, "src", Itf::asNode, "message Prepared"), SpecValues.field(r, "dst", Itf::asNode, "message Prepared"), SpecValues.field(r, "rm", Itf::asNode, "message Prepared"));
    }
}
