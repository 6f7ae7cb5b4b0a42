package gen.tworings;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Upper_Elect from src to dst. (spec: chang-roberts.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-rings.lstep")
public record Upper_Elect(NodeId src, NodeId dst, long id) implements TwoRingsMessage, Comparable<Upper_Elect> {

    /**
     * Refuses null components: null is no spec value. (spec: chang-roberts.lstep:15:1)
     */
    public Upper_Elect {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: chang-roberts.lstep:15:1)
     */
    @Override
    public String type() {
        return "Upper_Elect";
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
    public int compareTo(Upper_Elect o) {
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
    public static Upper_Elect fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Upper_Elect(SpecValues.field(r, "src", Itf::asNode, "message Upper_Elect"), SpecValues.field(r, "dst", Itf::asNode, "message Upper_Elect"), SpecValues.field(r, "id", Itf::asLong, "message Upper_Elect"));
    }
}
