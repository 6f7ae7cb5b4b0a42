package dev.lockstep.examples.raftkv;

import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.node.Binding;
import dev.lockstep.runtime.node.Chooser;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the spec leaves to the implementation, chosen for a service rather than at random:
 * <ul>
 * <li>{@code Replicate(p)}: the spec lets a leader send any prefix index p (it keeps no nextIndex). A follower that
 * holds the leader's committed prefix accepts {@code p = commitIndex}, so most heartbeats send that. Every fourth
 * is for followers behind: when each follower has acknowledged an index in the leader's term (its log equals the
 * leader's up to there), p is the lowest of those, capped at the commit index (so nothing longer than needed is
 * sent, and nothing extra when no follower is behind); when some follower has not, a longer suffix (64, 1024,
 * 16384 entries before the commit index, then the whole log), so a follower that was partitioned or restarted
 * catches up within a second without every heartbeat carrying the whole log.</li>
 * <li>{@code AdvanceCommit(i, Q)}: the highest index a quorum acknowledged.</li>
 * <li>anything else (which of several receive actions, a quorum among several): seeded random.</li>
 * </ul>
 */
final class RaftChooser implements Chooser {
    private final SplittableRandom random;
    private long heartbeats;

    RaftChooser(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The leader's commit index, read by the node before each choice (the chooser sees only the bindings). */
    interface CommitIndex {
        long get();
    }

    /** The lowest index every follower acknowledged in the leader's term, or -1 when some follower has not. */
    interface AckedByAll {
        long get();
    }

    private CommitIndex commitIndex = () -> 0;
    private AckedByAll ackedByAll = () -> -1;

    void readCommitIndexFrom(CommitIndex c) { this.commitIndex = c; }

    void readAckedByAllFrom(AckedByAll a) { this.ackedByAll = a; }

    @Override
    public int choose(NodeId node, List<Binding> options) {
        if (options.size() == 1) return 0;
        String action = options.get(0).action();
        if (action.equals("Replicate")) return indexOfP(options, replicatePrefix(options.size() - 1));
        if (action.equals("AdvanceCommit")) return highestIndex(options);
        return random.nextInt(options.size());
    }

    /**
     * A heartbeat's p without enumerating {@code 0..Len(log)}: the node fires it if it is enabled (every p up to the
     * log's length is, for a leader; the commit index never exceeds it), else asks {@link #choose}.
     */
    @Override
    public List<Object> proposeTimer(NodeId node, String action) {
        return action.equals("Replicate") ? List.of(replicatePrefix(Long.MAX_VALUE)) : null;
    }

    private long replicatePrefix(long logLength) {
        long beat = heartbeats++;
        long commit = Math.min(commitIndex.get(), logLength);
        if (beat % 4 != 3) return commit;
        long acked = ackedByAll.get();
        if (acked >= 0) return Math.min(acked, commit);
        long round = (beat / 4) % 4;
        return round == 3 ? 0 : Math.max(0, commit - (64L << (4 * round)));
    }

    private static int indexOfP(List<Binding> options, long p) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).action().equals("Replicate") && ((Long) options.get(i).params().get(0)) == p) return i;
        }
        return 0;
    }

    private static int highestIndex(List<Binding> options) {
        int best = 0;
        for (int i = 1; i < options.size(); i++) {
            if (options.get(i).action().equals("AdvanceCommit")
                    && (Long) options.get(i).params().get(0) > (Long) options.get(best).params().get(0)) best = i;
        }
        return best;
    }
}
