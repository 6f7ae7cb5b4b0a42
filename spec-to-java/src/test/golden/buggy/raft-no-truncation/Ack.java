package gen.raftnotruncation;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Ack from src to dst. (spec: raft-no-truncation.lstep:23:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-no-truncation.lstep")
public record Ack(NodeId src, NodeId dst, long term, long matchIndex) implements RaftNoTruncationMessage, Comparable<Ack> {

    /**
     * Refuses null components: null is no spec value. (spec: raft-no-truncation.lstep:23:1)
     */
    public Ack {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: raft-no-truncation.lstep:23:1)
     */
    @Override
    public String type() {
        return "Ack";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: raft-no-truncation.lstep:23:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "matchIndex", matchIndex, "src", src, "term", term, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: raft-no-truncation.lstep:23:1)
     */
    @Override
    public int compareTo(Ack o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = Long.compare(this.matchIndex, o.matchIndex);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.src, o.src);
        if (c != 0)
            return c;
        return Long.compare(this.term, o.term);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: raft-no-truncation.lstep:23:1)
     */
    public static Ack fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Ack(SpecValues.field(r, "src", Itf::asNode, "message Ack"), SpecValues.field(r, "dst", Itf::asNode, "message Ack"), SpecValues.field(r, "term", Itf::asLong, "message Ack"), SpecValues.field(r, "matchIndex", Itf::asLong, "message Ack"));
    }
}
