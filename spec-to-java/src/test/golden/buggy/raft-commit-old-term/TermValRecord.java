package gen.raftcommitoldterm;

import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.SpecValues;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The spec record type [term: int, val: int], first used here. (spec: raft-commit-old-term.lstep:22:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-commit-old-term.lstep")
public record TermValRecord(long term, long val) implements ItfEncodable, Comparable<TermValRecord> {

    /**
     * ITF: an object of the fields under their spec names. (spec: raft-commit-old-term.lstep:22:1)
     */
    @Override
    public Object toItf() {
        return Itf.record("term", term, "val", val);
    }

    /**
     * The spec's canonical order: fields compared in sorted name order. (spec: raft-commit-old-term.lstep:22:1)
     */
    @Override
    public int compareTo(TermValRecord o) {
        int c = Long.compare(this.term, o.term);
        if (c != 0)
            return c;
        return Long.compare(this.val, o.val);
    }

    /**
     * Decodes the ITF object; @throws dev.lockstep.runtime.api.MalformedValueException naming the field that is missing or malformed (spec: raft-commit-old-term.lstep:22:1)
     */
    public static TermValRecord fromItf(Object itf) {
        Map<?, ?> r = Itf.asRecord(itf);
        return new TermValRecord(SpecValues.field(r, "term", Itf::asLong, "record [term: int, val: int]"), SpecValues.field(r, "val", Itf::asLong, "record [term: int, val: int]"));
    }

    /**
     * A copy with field term replaced. (spec: raft-commit-old-term.lstep:22:1)
     */
    public TermValRecord withTerm(long term) {
        return new TermValRecord(term, val);
    }

    /**
     * A copy with field val replaced. (spec: raft-commit-old-term.lstep:22:1)
     */
    public TermValRecord withVal(long val) {
        return new TermValRecord(term, val);
    }
}
