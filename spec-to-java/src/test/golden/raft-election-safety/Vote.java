package gen.raftelectionsafety;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message Vote from src to dst. (spec: raft-election-safety.lstep:18:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-election-safety.lstep")
public record Vote(NodeId src, NodeId dst, long term) implements RaftElectionSafetyMessage, Comparable<Vote> {

    /**
     * Refuses null components: null is no spec value. (spec: raft-election-safety.lstep:18:1)
     */
    public Vote {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: raft-election-safety.lstep:18:1)
     */
    @Override
    public String type() {
        return "Vote";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: raft-election-safety.lstep:18:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "src", src, "term", term, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: raft-election-safety.lstep:18:1)
     */
    @Override
    public int compareTo(Vote o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.src, o.src);
        if (c != 0)
            return c;
        return Long.compare(this.term, o.term);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: raft-election-safety.lstep:18:1)
     */
    public static Vote fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new Vote(SpecValues.field(r, "src", Itf::asNode, "message Vote"), SpecValues.field(r, "dst", Itf::asNode, "message Vote"), SpecValues.field(r, "term", Itf::asLong, "message Vote"));
    }
}
