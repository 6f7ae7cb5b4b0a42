package dev.lockstep.cluster;

import java.io.Serializable;

/**
 * The executor tasks of a {@link BatchJob}, each run on one member against the job's context there (kept in the
 * member's user context under the job's id): {@link Open}, {@link Run} per batch, {@link Close}.
 */
final class BatchTasks {
    private BatchTasks() {}

    /** Checks the job's proof and the members', opens the job's context; returns this member's processors. */
    static final class Open<C extends AutoCloseable> extends JobTask<Integer> {
        private final JobSpec spec;
        private final BatchJob.Setup<C> setup;
        private final String proof;

        Open(String jobId, JobSpec spec, BatchJob.Setup<C> setup, String proof) {
            super(jobId);
            this.spec = spec;
            this.setup = setup;
            this.proof = proof;
        }

        @Override
        public Integer call() throws Exception {
            MemberProof.checkJob(hz, jobId, spec.text(), proof);
            open(setup.open(spec));
            return Runtime.getRuntime().availableProcessors();
        }
    }

    /** Runs one batch with the job's context on this member. */
    static final class Run<C, R extends Serializable> extends JobTask<R> {
        private final BatchJob.Work<C, R> work;

        Run(String jobId, BatchJob.Work<C, R> work) {
            super(jobId);
            this.work = work;
        }

        @Override
        public R call() throws Exception {
            @SuppressWarnings("unchecked") C typed = (C) state();
            return work.run(typed);
        }
    }

    static final class Close extends JobTask<Void> {
        Close(String jobId) { super(jobId); }

        @Override
        public Void call() throws Exception {
            if (close() instanceof AutoCloseable c) c.close();
            return null;
        }
    }
}
