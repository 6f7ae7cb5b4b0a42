package gen.raftnotruncation;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol RaftNoTruncation, bound by a model; the spec's definitions are methods because they read constants only. (spec: raft-no-truncation.lstep:12:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-no-truncation.lstep")
public record RaftNoTruncationConstants(Set<NodeId> Servers, Set<Long> Values, long MaxTerm, long MaxLog) {

    public RaftNoTruncationConstants {
        Objects.requireNonNull(Servers, "Servers");
        Objects.requireNonNull(Values, "Values");
    }

    /**
     * The constants of model small. (spec: raft-no-truncation.lstep:181:1)
     */
    public static RaftNoTruncationConstants small() {
        Set<NodeId> Servers = SpecValues.setOf(NodeId.of("s1"), NodeId.of("s2"), NodeId.of("s3"));
        Set<Long> Values = SpecValues.setOf(1L);
        long MaxTerm = 2L;
        long MaxLog = 2L;
        return new RaftNoTruncationConstants(Servers, Values, MaxTerm, MaxLog);
    }

    /**
     * The constants of model cluster. (spec: raft-no-truncation.lstep:190:1)
     */
    public static RaftNoTruncationConstants cluster() {
        Set<NodeId> Servers = SpecValues.setOf(NodeId.of("s1"), NodeId.of("s2"), NodeId.of("s3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        long MaxTerm = 1000000L;
        long MaxLog = 4L;
        return new RaftNoTruncationConstants(Servers, Values, MaxTerm, MaxLog);
    }

    /**
     * Definition PeerQuorums. (spec: raft-no-truncation.lstep:28:1)
     */
    public Set<Set<NodeId>> PeerQuorums(NodeId s) {
        return SpecValues.filter(SpecValues.powerset(SpecValues.minus(Servers(), SpecValues.setOf(s)), "raft-no-truncation.lstep:28:36"), Q -> Math.multiplyExact(2L, Math.addExact((long) Q.size(), 1L)) > ((long) Servers().size()));
    }

    /**
     * Definition LastTerm. (spec: raft-no-truncation.lstep:30:1)
     */
    public long LastTerm(List<TermValRecord> lg) {
        return (((long) lg.size()) == 0L) ? 0L : SpecValues.index(lg, (long) lg.size(), "raft-no-truncation.lstep:30:76").term();
    }

    /**
     * Definition UpToDate. (spec: raft-no-truncation.lstep:33:1)
     */
    public boolean UpToDate(long lt, long li, List<TermValRecord> lg) {
        return (lt > LastTerm(lg)) || ((lt == LastTerm(lg)) && (li >= ((long) lg.size())));
    }

    /**
     * Definition LogOk. (spec: raft-no-truncation.lstep:37:1)
     */
    public boolean LogOk(List<TermValRecord> lg, AppendEntries m) {
        return (m.prevIndex() == 0L) || ((m.prevIndex() <= ((long) lg.size())) && (SpecValues.index(lg, m.prevIndex(), "raft-no-truncation.lstep:38:49").term() == m.prevTerm()));
    }

    /**
     * Definition Conflicts. (spec: raft-no-truncation.lstep:41:1)
     */
    public boolean Conflicts(List<TermValRecord> lg, AppendEntries m) {
        return SpecValues.exists(SpecValues.range(1L, (long) m.entries().size()), i -> (Math.addExact(m.prevIndex(), i) <= ((long) lg.size())) && !(SpecValues.index(lg, Math.addExact(m.prevIndex(), i), "raft-no-truncation.lstep:42:62").term() == SpecValues.index(m.entries(), i, "raft-no-truncation.lstep:42:90").term()));
    }

    /**
     * Definition Accepted. (spec: raft-no-truncation.lstep:47:1)
     */
    public List<TermValRecord> Accepted(List<TermValRecord> lg, AppendEntries m) {
        return (Conflicts(lg, m) || (((long) lg.size()) < Math.addExact(m.prevIndex(), (long) m.entries().size()))) ? SpecValues.concat(SpecValues.concat(SpecValues.subSeq(lg, 1L, m.prevIndex(), "raft-no-truncation.lstep:49:8"), m.entries()), SpecValues.subSeq(lg, Math.addExact(Math.addExact(m.prevIndex(), (long) m.entries().size()), 1L), (long) lg.size(), "raft-no-truncation.lstep:49:51")) : lg;
    }

    /**
     * Definition Apply. (spec: raft-no-truncation.lstep:53:1)
     */
    public List<TermValRecord> Apply(List<TermValRecord> applied, List<TermValRecord> lg, long c) {
        return SpecValues.concat(applied, SpecValues.subSeq(lg, Math.addExact((long) applied.size(), 1L), c, "raft-no-truncation.lstep:54:14"));
    }
}
