package gen.twophasecommitdecoupled;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Abort from src to dst. (spec: two-phase-commit-decoupled.lstep:19:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-phase-commit-decoupled.lstep")
public record Abort(NodeId src, NodeId dst) implements TwoPhaseCommitDecoupledMessage, Comparable<Abort> {

    /**
     * Refuses null components: null is no spec value. (spec: two-phase-commit-decoupled.lstep:19:1)
     */
    public Abort {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: two-phase-commit-decoupled.lstep:19:1)
     */
    @Override
    public String type() {
        return "Abort";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: two-phase-commit-decoupled.lstep:19:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: two-phase-commit-decoupled.lstep:19:1)
     */
    @Override
    public int compareTo(Abort o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: two-phase-commit-decoupled.lstep:19:1)
     */
    public static Abort fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Abort(SpecValues.field(r, "src", Itf::asNode, "message Abort"), SpecValues.field(r, "dst", Itf::asNode, "message Abort"));
    }
}
