package gen.minfinder;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Gossip from src to dst. (spec: minfinder.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "minfinder.lstep")
public record Gossip(NodeId src, NodeId dst, long val) implements MinFinderMessage, Comparable<Gossip> {

    /**
     * Refuses null components: null is no spec value. (spec: minfinder.lstep:13:1)
     */
    public Gossip {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: minfinder.lstep:13:1)
     */
    @Override
    public String type() {
        return "Gossip";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: minfinder.lstep:13:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "src", src, "type", type(), "val", val);
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: minfinder.lstep:13:1)
     */
    @Override
    public int compareTo(Gossip o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.src, o.src);
        if (c != 0)
            return c;
        return Long.compare(this.val, o.val);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: minfinder.lstep:13:1)
     */
    public static Gossip fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Gossip(SpecValues.field(r, "src", Itf::asNode, "message Gossip"), SpecValues.field(r, "dst", Itf::asNode, "message Gossip"), SpecValues.field(r, "val", Itf::asLong, "message Gossip"));
    }
}
