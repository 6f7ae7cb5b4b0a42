package gen.lamportmutex;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Rel from src to dst. (spec: lamport-mutex.lstep:23:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "lamport-mutex.lstep")
public record Rel(NodeId src, NodeId dst) implements LamportMutexMessage, Comparable<Rel> {

    /**
     * Refuses null components: null is no spec value. (spec: lamport-mutex.lstep:23:1)
     */
    public Rel {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: lamport-mutex.lstep:23:1)
     */
    @Override
    public String type() {
        return "Rel";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: lamport-mutex.lstep:23:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: lamport-mutex.lstep:23:1)
     */
    @Override
    public int compareTo(Rel o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: lamport-mutex.lstep:23:1)
     */
    public static Rel fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Rel(SpecValues.field(r, "src", Itf::asNode, "message Rel"), SpecValues.field(r, "dst", Itf::asNode, "message Rel"));
    }
}
