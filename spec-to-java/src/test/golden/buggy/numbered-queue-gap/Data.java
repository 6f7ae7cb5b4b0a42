package gen.numberedqueue;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Data from src to dst. (spec: numbered-queue-gap.lstep:11:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "numbered-queue-gap.lstep")
public record Data(NodeId src, NodeId dst, long n, List<Long> tag) implements NumberedQueueMessage, Comparable<Data> {

    /**
     * Refuses null components: null is no spec value. (spec: numbered-queue-gap.lstep:11:1)
     */
    public Data {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(tag, "tag");
    }

    /**
     * The message type tag. (spec: numbered-queue-gap.lstep:11:1)
     */
    @Override
    public String type() {
        return "Data";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: numbered-queue-gap.lstep:11:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "n", n, "src", src, "tag", tag, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: numbered-queue-gap.lstep:11:1)
     */
    @Override
    public int compareTo(Data o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = Long.compare(this.n, o.n);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.src, o.src);
        if (c != 0)
            return c;
        return SpecValues.compare(this.tag, o.tag);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: numbered-queue-gap.lstep:11:1)
     */
    public static Data fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Data(SpecValues.field(r, "src", Itf::asNode, "message Data"), SpecValues.field(r, "dst", Itf::asNode, "message Data"), SpecValues.field(r, "n", Itf::asLong, "message Data"), SpecValues.field(r, "tag", x0 -> SpecValues.seqFromItf(x0, Itf::asLong), "message Data"));
    }
}
