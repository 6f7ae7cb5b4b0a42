package gen.tworings;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Lower_Elect from src to dst. (spec: chang-roberts.lstep:15:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "two-rings.lstep")
public record Lower_Elect(NodeId src, NodeId dst, long id) implements TwoRingsMessage, Comparable<Lower_Elect> {

    /**
     * Refuses null components: null is no spec value. (spec: chang-roberts.lstep:15:1)
     */
    public Lower_Elect {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: chang-roberts.lstep:15:1)
     */
    @Override
    public String type() {
        return "Lower_Elect";
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
    public int compareTo(Lower_Elect o) {
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
    public static Lower_Elect fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Lower_Elect(SpecValues.field(r, "src", Itf::asNode, "message Lower_Elect"), SpecValues.field(r, "dst", Itf::asNode, "message Lower_Elect"), SpecValues.field(r, "id", Itf::asLong, "message Lower_Elect"));
    }
}
