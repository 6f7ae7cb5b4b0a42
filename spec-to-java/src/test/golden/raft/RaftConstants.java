package gen.raft;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The constants of protocol Raft, bound by a model; the spec's definitions are methods because they read constants only. (spec: raft.lstep:30:1)
 */
@Generated(value = "dev.lockstep.spectojava.JavaGenerator", comments = "raft.lstep")
public record RaftConstants(Set<NodeId> Servers, Set<Long> Values, long MaxTerm, long MaxLog) {

    public RaftConstants {
        Objects.requireNonNull(Servers, "Servers");
        Objects.requireNonNull(Values, "Values");
    }

    /**
     * The constants of model tiny. (spec: raft.lstep:222:1)
     */
    public static RaftConstants tiny() {
        Set<NodeId> Servers = SpecValues.setOf(NodeId.of("s1"), NodeId.of("s2"), NodeId.of("s3"));
        Set<Long> Values = SpecValues.setOf(1L);
        long MaxTerm = 1L;
        long MaxLog = 1L;
        return new RaftConstants(Servers, Values, MaxTerm, MaxLog);
    }

    /**
     * The constants of model tinySym. (spec: raft.lstep:228:1)
     */
    public static RaftConstants tinySym() {
        Set<NodeId> Servers = SpecValues.setOf(NodeId.of("s1"), NodeId.of("s2"), NodeId.of("s3"));
        Set<Long> Values = SpecValues.setOf(1L);
        long MaxTerm = 1L;
        long MaxLog = 1L;
        return new RaftConstants(Servers, Values, MaxTerm, MaxLog);
    }

    /**
     * The constants of model cluster. (spec: raft.lstep:238:1)
     */
    public static RaftConstants cluster() {
        Set<NodeId> Servers = SpecValues.setOf(NodeId.of("s1"), NodeId.of("s2"), NodeId.of("s3"));
        Set<Long> Values = SpecValues.setOf(1L, 2L);
        long MaxTerm = 1000000L;
        long MaxLog = 4L;
        return new RaftConstants(Servers, Values, MaxTerm, MaxLog);
    }

    /**
     * Definition PeerQuorums. (spec: raft.lstep:46:1)
     */
    public Set<Set<NodeId>> PeerQuorums(NodeId s) {
        return SpecValues.filter(SpecValues.powerset(SpecValues.minus(Servers(), SpecValues.setOf(s)), "raft.lstep:46:36"), Q -> Math.multiplyExact(2L, Math.addExact((long) Q.size(), 1L)) > ((long) Servers().size()));
    }

    /**
     * Definition LastTerm. (spec: raft.lstep:48:1)
     */
    public long LastTerm(List<TermValRecord> lg) {
        return (((long) lg.size()) == 0L) ? 0L : SpecValues.index(lg, (long) lg.size(), "raft.lstep:48:76").term();
    }

    /**
     * Definition UpToDate. (spec: raft.lstep:51:1)
     */
    public boolean UpToDate(long lt, long li, List<TermValRecord> lg) {
        return (lt > LastTerm(lg)) || ((lt == LastTerm(lg)) && (li >= ((long) lg.size())));
    }

    /**
     * Definition LogOk. (spec: raft.lstep:55:1)
     */
    public boolean LogOk(List<TermValRecord> lg, AppendEntries m) {
        return (m.prevIndex() == 0L) || ((m.prevIndex() <= ((long) lg.size())) && (SpecValues.index(lg, m.prevIndex(), "raft.lstep:56:49").term() == m.prevTerm()));
    }

    /**
     * Definition Conflicts. (spec: raft.lstep:59:1)
     */
    public boolean Conflicts(List<TermValRecord> lg, AppendEntries m) {
        return SpecValues.exists(SpecValues.range(1L, (long) m.entries().size()), i -> (Math.addExact(m.prevIndex(), i) <= ((long) lg.size())) && !(SpecValues.index(lg, Math.addExact(m.prevIndex(), i), "raft.lstep:60:62").term() == SpecValues.index(m.entries(), i, "raft.lstep:60:90").term()));
    }

    /**
     * Definition Accepted. (spec: raft.lstep:65:1)
     */
    public List<TermValRecord> Accepted(List<TermValRecord> lg, AppendEntries m) {
        return (Conflicts(lg, m) || (((long) lg.size()) < Math.addExact(m.prevIndex(), (long) m.entries().size()))) ? SpecValues.concat(SpecValues.subSeq(lg, 1L, m.prevIndex(), "raft.lstep:67:8"), m.entries()) : lg;
    }

    /**
     * Definition Apply. (spec: raft.lstep:71:1)
     */
    public List<TermValRecord> Apply(List<TermValRecord> applied, List<TermValRecord> lg, long c) {
        return SpecValues.concat(applied, SpecValues.subSeq(lg, Math.addExact((long) applied.size(), 1L), c, "raft.lstep:72:14"));
    }
}
