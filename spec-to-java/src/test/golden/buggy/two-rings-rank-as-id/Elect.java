package gen.tworingsrankasid;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Elect from src to dst. (spec: chang-roberts.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-rings-rank-as-id.lstep")
public record Elect(String instance, NodeId src, NodeId dst, long id) implements TwoRingsRankAsIdMessage, Comparable<Elect> {

    /**
     * Refuses null components: null is no spec value. (spec: chang-roberts.lstep:15:1)
     */
    public Elect {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: chang-roberts.lstep:15:1)
     */
    @Override
    public String type() {
        return instance + "_Elect";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: chang-roberts.lstep:15:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "id", id, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: chang-roberts.lstep:15:1)
     */
    @Override
    public int compareTo(Elect o) {
        int t = this.type().compareTo(o.type());
        if (t != 0)
            return t;
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = Long.compare(this.id, o.id);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: chang-roberts.lstep:15:1)
     */
    public static Elect fromItf(String instance, Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Elect(instance, SpecValues.field(r, "src", Itf::asNode, "message " + instance + "_Elect"), SpecValues.field(r, "dst", Itf::asNode, "message " + instance + "_Elect"), SpecValues.field(r, "id", Itf::asLong, "message " + instance + "_Elect"));
    }
}
