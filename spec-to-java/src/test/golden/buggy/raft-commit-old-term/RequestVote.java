package gen.raftcommitoldterm;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message RequestVote from src to dst. (spec: raft-commit-old-term.lstep:20:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-commit-old-term.lstep")
public record RequestVote(NodeId src, NodeId dst, long term, long lastLogTerm, long lastLogIndex) implements RaftCommitOldTermMessage, Comparable<RequestVote> {

    /**
     * Refuses null components: null is no spec value. (spec: raft-commit-old-term.lstep:20:1)
     */
    public RequestVote {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
    }

    /**
     * The message type tag. (spec: raft-commit-old-term.lstep:20:1)
     */
    @Override
    public String type() {
        return "RequestVote";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: raft-commit-old-term.lstep:20:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("dst", dst, "lastLogIndex", lastLogIndex, "lastLogTerm", lastLogTerm, "src", src, "term", term, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: raft-commit-old-term.lstep:20:1)
     */
    @Override
    public int compareTo(RequestVote o) {
        int c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = Long.compare(this.lastLogIndex, o.lastLogIndex);
        if (c != 0)
            return c;
        c = Long.compare(this.lastLogTerm, o.lastLogTerm);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.src, o.src);
        if (c != 0)
            return c;
        return Long.compare(this.term, o.term);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: raft-commit-old-term.lstep:20:1)
     */
    public static RequestVote fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new RequestVote(SpecValues.field(r, "src", Itf::asNode, "message RequestVote"), SpecValues.field(r, "dst", Itf::asNode, "message RequestVote"), SpecValues.field(r, "term", Itf::asLong, "message RequestVote"), SpecValues.field(r, "lastLogTerm", Itf::asLong, "message RequestVote"), SpecValues.field(r, "lastLogIndex", Itf::asLong, "message RequestVote"));
    }
}
