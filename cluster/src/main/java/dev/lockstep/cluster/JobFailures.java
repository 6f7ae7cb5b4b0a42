package dev.lockstep.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import dev.lockstep.lang.diag.Code;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a failed executor task means for a job (the distributed search, a swarm simulation, a trace check): a member
 * that left (LS913, no verdict), a refused job (LS912), or a Lockstep bug. Watches the membership while the job
 * runs, since a task to a killed process may fail before Hazelcast declares the member gone.
 */
final class JobFailures implements AutoCloseable {
    /** How long a failed task waits for a membership event: past Hazelcast's heartbeat timeout (15 s here). */
    private static final Duration LOSS_WAIT = Duration.ofSeconds(20);

    private final HazelcastInstance hz;
    private final String clusterName;
    private final AtomicReference<Member> lost = new AtomicReference<>();
    private final UUID registration;

    JobFailures(HazelcastInstance hz, String clusterName) {
        this.hz = hz;
        this.clusterName = clusterName;
        this.registration = hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) {}

            @Override
            public void memberRemoved(MembershipEvent e) { lost.compareAndSet(null, e.getMember()); }
        });
    }

    /**
     * The failure to report for a task that failed with {@code cause} during {@code during} (e.g. "level 3 of the
     * search") of {@code job} (e.g. "search").
     */
    RuntimeException failure(Throwable cause, String during, String job) {
        boolean refused = cause instanceof ClusterFailure || cause instanceof SecurityException;
        Member gone = refused ? lost.get() : awaitLoss();
        boolean memberGone = gone != null;
        for (Throwable c = cause; c != null && !memberGone; c = c.getCause()) {
            memberGone = c instanceof MemberLeftException || c instanceof TargetNotMemberException
                    || c instanceof TargetDisconnectedException || c instanceof HazelcastInstanceNotActiveException;
        }
        if (memberGone) {
            String who = gone == null ? "a member" : "member " + gone.getAddress();
            return new ClusterFailure(Code.CLUSTER_MEMBER_LOST, who + " left cluster '" + clusterName + "' during "
                    + during + "; the " + job + " was abandoned and has no verdict (run it again once the cluster is "
                    + "whole)", cause);
        }
        if (cause instanceof ClusterFailure f) return f;
        if (cause instanceof SecurityException s) return new ClusterFailure(Code.CLUSTER_UNAUTHENTICATED, s.getMessage());
        return new IllegalStateException("a cluster member failed: " + cause, cause);
    }

    /** The member that left, waiting for the membership event a while. */
    private Member awaitLoss() {
        long deadline = System.nanoTime() + LOSS_WAIT.toNanos();
        while (lost.get() == null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return lost.get();
    }

    @Override
    public void close() { hz.getCluster().removeMembershipListener(registration); }
}
