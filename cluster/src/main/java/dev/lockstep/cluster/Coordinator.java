package dev.lockstep.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import dev.lockstep.lang.diag.Code;
import java.util.List;
import java.util.concurrent.ExecutionException;

/** The member a job is coordinated from (the command line's lite member), with the cluster's secret and name. */
record Coordinator(HazelcastInstance hz, byte[] secret, String clusterName) {

    /** The coordinator {@code hz}, which must have been started by {@link ClusterSettings}. */
    static Coordinator of(HazelcastInstance hz) {
        byte[] secret = (byte[]) hz.getUserContext().get(ClusterSettings.SECRET_KEY);
        if (secret == null) throw new IllegalArgumentException("not a member started by ClusterSettings");
        return new Coordinator(hz, secret, (String) hz.getUserContext().get(ClusterSettings.NAME_KEY));
    }

    /**
     * The data members a job runs on, once every member's proof is checked; throws {@link ClusterFailure} when
     * there is none (LS911) or a member lacks the secret (LS912).
     */
    List<Member> workers() {
        List<Member> workers = hz.getCluster().getMembers().stream().filter(m -> !m.isLiteMember()).toList();
        if (workers.isEmpty()) throw new ClusterFailure(Code.CLUSTER_JOIN_FAILED, "no worker has joined cluster '"
                + clusterName + "': start workers with `lockstep worker --join HOST:PORT` and list them in --cluster");
        MemberProof.checkAll(hz.getCluster().getMembers(), secret, clusterName);
        return workers;
    }

    /** Sends {@code close} to each of {@code workers} still in the cluster; a member gone takes the job's state along. */
    void closeQuietly(IExecutorService executor, List<Member> workers, JobTask<Void> close) {
        for (Member m : workers) {
            if (!hz.getCluster().getMembers().contains(m)) continue;
            try {
                executor.submitToMember(close, m).get();
            } catch (ExecutionException | RuntimeException e) {
                // the member is gone or stopping
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The proof job {@code jobId} on {@code specText} carries to the members. */
    String proofFor(String jobId, String specText) { return MemberProof.forJob(secret, jobId, specText); }
}
