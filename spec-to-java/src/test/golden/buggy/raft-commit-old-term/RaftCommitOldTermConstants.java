package gen.raftcommitoldterm;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol RaftCommitOldTerm, bound by a model; the spec's definitions are methods because they read constants only. (spec: raft-commit-old-term.lstep:12:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft-commit-old-term.lstep")
public record RaftCommitOldTermConstants(Set<NodeId> Servers, Set<Long> Values, long MaxTerm, long MaxLog, Map<NodeId, Set<Long>> Stands) {

    public RaftCommitOldTermConstants {
        Objects.requireNonNull(Servers, "Servers");
        Objects.requireNonNull(Values, "Values");
        Objects.requireNonNull(Stands, "Stands");
    }

    /**
     * The constants of model figure8. (spec: raft-commit-old-term.lstep:182:1)
     */
    public static RaftCommitOldTermConstants figure8() {
        Set<NodeId> Servers = SpecValues.setOf(NodeId.of("s1"), NodeId.of("s2"), NodeId.of("s3"));
        Set<Long> Values = SpecValues.setOf(1L);
        long MaxTerm = 4L;
        long MaxLog = 1L;
        Map<NodeId, Set<Long>> Stands = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("s1"), SpecValues.setOf(1L, 3L)), SpecValues.singletonMap(NodeId.of("s2"), SpecValues.setOf(2L, 4L))), SpecValues.singletonMap(NodeId.of("s3"), SpecValues.setOf()));
        return new RaftCommitOldTermConstants(Servers, Values, MaxTerm, MaxLog, Stands);
    }

    /**
     * The constants of model cluster. (spec: raft-commit-old-term.lstep:192:1)
     */
    public static RaftCommitOldTermConstants cluster() {
        Set<NodeId> Servers = SpecValues.setOf(NodeId.of("s1"), NodeId.of("s2"), NodeId.of("s3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        long MaxTerm = 1000000L;
        long MaxLog = 4L;
        Map<NodeId, Set<Long>> Stands = SpecValues.merge(SpecValues.merge(SpecValues.singletonMap(NodeId.of("s1"), SpecValues.setOf()), SpecValues.singletonMap(NodeId.of("s2"), SpecValues.setOf())), SpecValues.singletonMap(NodeId.of("s3"), SpecValues.setOf()));
        return new RaftCommitOldTermConstants(Servers, Values, MaxTerm, MaxLog, Stands);
    }

    /**
     * Definition PeerQuorums. (spec: raft-commit-old-term.lstep:29:1)
     */
    public Set<Set<NodeId>> PeerQuorums(NodeId s) {
        return SpecValues.filter(SpecValues.powerset(SpecValues.minus(Servers(), SpecValues.setOf(s)), "raft-commit-old-term.lstep:29:36"), Q -> Math.multiplyExact(2L, Math.addExact((long) Q.size(), 1L)) > ((long) Servers().size()));
    }

    /**
     * Definition LastTerm. (spec: raft-commit-old-term.lstep:31:1)
     */
    public long LastTerm(List<TermValRecord> lg) {
        return (((long) lg.size()) == 0L) ? 0L : SpecValues.index(lg, (long) lg.size(), "raft-commit-old-term.lstep:31:76").term();
    }

    /**
     * Definition UpToDate. (spec: raft-commit-old-term.lstep:34:1)
     */
    public boolean UpToDate(long lt, long li, List<TermValRecord> lg) {
        return (lt > LastTerm(lg)) || ((lt == LastTerm(lg)) && (li >= ((long) lg.size())));
    }

    /**
     * Definition LogOk. (spec: raft-commit-old-term.lstep:38:1)
     */
    public boolean LogOk(List<TermValRecord> lg, AppendEntries m) {
        return (m.prevIndex() == 0L) || ((m.prevIndex() <= ((long) lg.size())) && (SpecValues.index(lg, m.prevIndex(), "raft-commit-old-term.lstep:39:49").term() == m.prevTerm()));
    }

    /**
     * Definition Conflicts. (spec: raft-commit-old-term.lstep:42:1)
     */
    public boolean Conflicts(List<TermValRecord> lg, AppendEntries m) {
        return SpecValues.exists(SpecValues.range(1L, (long) m.entries().size()), i -> (Math.addExact(m.prevIndex(), i) <= ((long) lg.size())) && !(SpecValues.index(lg, Math.addExact(m.prevIndex(), i), "raft-commit-old-term.lstep:43:62").term() == SpecValues.index(m.entries(), i, "raft-commit-old-term.lstep:43:90").term()));
    }

    /**
     * Definition Accepted. (spec: raft-commit-old-term.lstep:48:1)
     */
    public List<TermValRecord> Accepted(List<TermValRecord> lg, AppendEntries m) {
        return (Conflicts(lg, m) || (((long) lg.size()) < Math.addExact(m.prevIndex(), (long) m.entries().size()))) ? SpecValues.concat(SpecValues.subSeq(lg, 1L, m.prevIndex(), "raft-commit-old-term.lstep:50:8"), m.entries()) : lg;
    }

    /**
     * Definition Apply. (spec: raft-commit-old-term.lstep:54:1)
     */
    public List<TermValRecord> Apply(List<TermValRecord> applied, List<TermValRecord> lg, long c) {
        return SpecValues.concat(applied, SpecValues.subSeq(lg, Math.addExact((long) applied.size(), 1L), c, "raft-commit-old-term.lstep:55:14"));
    }
}
