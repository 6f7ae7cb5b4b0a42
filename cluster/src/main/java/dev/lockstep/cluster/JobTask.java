package dev.lockstep.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;
import java.util.concurrent.Callable;

/**
 * An executor task of one job (a distributed search or a {@link BatchJob}), given the member it runs on by
 * Hazelcast. What the member keeps for the job (a search's shard, a batch job's context) is in the member's user
 * context under the job's id from the job's open task to its close task.
 */
abstract class JobTask<T> implements Callable<T>, Serializable, HazelcastInstanceAware {
    private static final String JOB_KEY = "lockstep.job.";

    final String jobId;
    transient HazelcastInstance hz;

    JobTask(String jobId) { this.jobId = jobId; }

    @Override
    public void setHazelcastInstance(HazelcastInstance hz) { this.hz = hz; }

    /** Keeps the job's state on this member. */
    void open(Object state) { hz.getUserContext().put(JOB_KEY + jobId, state); }

    /** The job's state on this member; throws when the job is not open here. */
    Object state() {
        Object s = hz.getUserContext().get(JOB_KEY + jobId);
        if (s == null) throw new IllegalStateException("job " + jobId + " is not open on member "
                + hz.getCluster().getLocalMember().getAddress());
        return s;
    }

    /** Forgets the job's state on this member; returns it (null if it was not open). */
    Object close() { return hz.getUserContext().remove(JOB_KEY + jobId); }
}
