package gen.hierelection;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Down from src to dst. (spec: hier-election.lstep:30:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "hier-election.lstep")
public record Down(NodeId src, NodeId dst) implements HierElectionMessage, Comparable<Down> {

    /**
     * Refuses null components: null is no spec value. (spec: hier-election.lstep:30:1)
     */
    public Down {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: hier-election.lstep:30:1)
     */
    @Override
    public String type() {
        return "Down";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: hier-election.lstep:30:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "src", src, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: hier-election.lstep:30:1)
     */
    @Override
    public int compareTo(Down o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        return SpecValues.compare(this.src, o.src);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: hier-election.lstep:30:1)
     */
    public static Down fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Down(SpecValues.field(r, "src", Itf::asNode, "message Down"), SpecValues.field(r, "dst", Itf::asNode, "message Down"));
    }
}
