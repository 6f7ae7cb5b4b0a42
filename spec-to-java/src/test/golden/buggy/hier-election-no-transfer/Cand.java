package gen.hierelectionnotransfer;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Cand from src to dst. (spec: hier-election-no-transfer.lstep:13:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election-no-transfer.lstep")
public record Cand(NodeId src, NodeId dst, long id) implements HierElectionNoTransferMessage, Comparable<Cand> {

    /**
     * Refuses null components: null is no spec value. (spec: hier-election-no-transfer.lstep:13:1)
     */
    public Cand {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: hier-election-no-transfer.lstep:13:1)
     */
    @Override
    public String type() {
        return "Cand";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: hier-election-no-transfer.lstep:13:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "id", id, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: hier-election-no-transfer.lstep:13:1)
     */
    @Override
    public int compareTo(Cand o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = Long.compare(this.id, o.id);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: hier-election-no-transfer.lstep:13:1)
     */
    public static Cand fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Cand(SpecValues.field(r, "src", Itf::asNode, "message Cand"), SpecValues.field(r, "dst", Itf::asNode, "message Cand"), SpecValues.field(r, "id", Itf::asLong, "message Cand"));
    }
}
