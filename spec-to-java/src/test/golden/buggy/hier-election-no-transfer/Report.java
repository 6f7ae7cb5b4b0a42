package gen.hierelectionnotransfer;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Report from src to dst. (spec: hier-election-no-transfer.lstep:16:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election-no-transfer.lstep")
public record Report(NodeId src, NodeId dst, NodeId chief, long leader) implements HierElectionNoTransferMessage, Comparable<Report> {

    /**
     * Refuses null components: null is no spec value. (spec: hier-election-no-transfer.lstep:16:1)
     */
    public Report {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(chief, "chief");
    }

    /**
     * The message type tag. (spec: hier-election-no-transfer.lstep:16:1)
     */
    @Override
    public String type() {
        return "Report";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: hier-election-no-transfer.lstep:16:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("chief", chief, "dst", dst, "leader", leader, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: hier-election-no-transfer.lstep:16:1)
     */
    @Override
    public int compareTo(Report o) {
        int c = SpecValues.compare(this.chief, o.chief);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = Long.compare(this.leader, o.leader);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: hier-election-no-transfer.lstep:16:1)
     */
    public static Report fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Report(SpecValues.field(r, "src", Itf::asNode, "message Report"), SpecValues.field(r, "dst", Itf::asNode, "message Report"), SpecValues.field(r, "chief", Itf::asNode, "message Report"), SpecValues.field(r, "leader", Itf::asLong, "message Report"));
    }
}
