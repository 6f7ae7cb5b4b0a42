package gen.hierelectionnotransfer;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Decided from src to dst. (spec: hier-election-no-transfer.lstep:14:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election-no-transfer.lstep")
public record Decided(NodeId src, NodeId dst, long leader) implements HierElectionNoTransferMessage, Comparable<Decided> {

    /**
     * Refuses null components: null is no spec value. (spec: hier-election-no-transfer.lstep:14:1)
     */
    public Decided {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: hier-election-no-transfer.lstep:14:1)
     */
    @Override
    public String type() {
        return "Decided";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: hier-election-no-transfer.lstep:14:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "leader", leader, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: hier-election-no-transfer.lstep:14:1)
     */
    @Override
    public int compareTo(Decided o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = Long.compare(this.leader, o.leader);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: hier-election-no-transfer.lstep:14:1)
     */
    public static Decided fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Decided(SpecValues.field(r, "src", Itf::asNode, "message Decided"), SpecValues.field(r, "dst", Itf::asNode, "message Decided"), SpecValues.field(r, "leader", Itf::asLong, "message Decided"));
    }
}
