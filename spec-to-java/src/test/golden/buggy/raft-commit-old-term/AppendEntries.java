package gen.raftcommitoldterm;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Message AppendEntries from src to dst. (spec: raft-commit-old-term.lstep:22:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-commit-old-term.lstep")
public record AppendEntries(NodeId src, NodeId dst, long term, long prevIndex, long prevTerm, List<TermValRecord> entries, long commit) implements RaftCommitOldTermMessage, Comparable<AppendEntries> {

    /**
     * Refuses null components: null is no spec value. (spec: raft-commit-old-term.lstep:22:1)
     */
    public AppendEntries {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(entries, "entries");
    }

    /**
     * The message type tag. (spec: raft-commit-old-term.lstep:22:1)
     */
    @Override
    public String type() {
        return "AppendEntries";
    }

    /**
     * ITF: an object of the fields under their spec names. (spec: raft-commit-old-term.lstep:22:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("commit", commit, "dst", dst, "entries", entries, "prevIndex", prevIndex, "prevTerm", prevTerm, "src", src, "term", term, "type", type());
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: raft-commit-old-term.lstep:22:1)
     */
    @Override
    public int compareTo(AppendEntries o) {
        int c = Long.compare(this.commit, o.commit);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.dst, o.dst);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.entries, o.entries);
        if (c != 0)
            return c;
        c = Long.compare(this.prevIndex, o.prevIndex);
        if (c != 0)
            return c;
        c = Long.compare(this.prevTerm, o.prevTerm);
        if (c != 0)
            return c;
        c = SpecValues.compare(this.src, o.src);
        if (c != 0)
            return c;
        return Long.compare(this.term, o.term);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: raft-commit-old-term.lstep:22:1)
     */
    public static AppendEntries fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new AppendEntries(SpecValues.field(r, "src", Itf::asNode, "message AppendEntries"), SpecValues.field(r, "dst", Itf::asNode, "message AppendEntries"), SpecValues.field(r, "term", Itf::asLong, "message AppendEntries"), SpecValues.field(r, "prevIndex", Itf::asLong, "message AppendEntries"), SpecValues.field(r, "prevTerm", Itf::asLong, "message AppendEntries"), SpecValues.field(r, "entries", x0 -> SpecValues.seqFromItf(x0, TermValRecord::fromItf), "message AppendEntries"), SpecValues.field(r, "commit", Itf::asLong, "message AppendEntries"));
    }
}
