package dev.lockstep.cluster;

import dev.lockstep.lang.eval.ModelInstance;

/**
 * The executor tasks of a distributed search, each run on one member against its {@link Shard} of the job (kept in
 * the member's user context under the job's id). The coordinator sends {@link Open}, then per level {@link Expand}
 * and {@link Commit}, {@link Parent} to rebuild a counterexample, and {@link Close}; members send each other
 * {@link Deliver} batches.
 */
final class Tasks {
    private Tasks() {}

    private static Shard shard(JobTask<?> task) { return (Shard) task.state(); }

    /** Checks the job's proof and the members', compiles the spec and opens this member's shard. */
    static final class Open extends JobTask<Void> {
        private final Routing routing;
        private final JobSpec spec;
        private final boolean checkDeadlock;
        private final String proof;

        Open(String jobId, Routing routing, JobSpec spec, boolean checkDeadlock, String proof) {
            super(jobId);
            this.routing = routing;
            this.spec = spec;
            this.checkDeadlock = checkDeadlock;
            this.proof = proof;
        }

        @Override
        public Void call() {
            MemberProof.checkJob(hz, jobId, spec.text(), proof);
            ModelInstance model = spec.bind("member " + hz.getCluster().getLocalMember().getAddress());
            open(new Shard(hz, jobId, routing, model, checkDeadlock));
            return null;
        }
    }

    /** Expands one slice of this member's frontier; returns the successors generated. */
    static final class Expand extends JobTask<Long> {
        private final int slice;
        private final int slices;

        Expand(String jobId, int slice, int slices) {
            super(jobId);
            this.slice = slice;
            this.slices = slices;
        }

        @Override
        public Long call() throws Exception { return shard(this).expand(slice, slices); }
    }

    /** Stores a batch of successors this member owns. */
    static final class Deliver extends JobTask<Void> {
        private final byte[] batch;

        Deliver(String jobId, byte[] batch) {
            super(jobId);
            this.batch = batch;
        }

        @Override
        public Void call() {
            shard(this).acceptBatch(batch);
            return null;
        }
    }

    static final class Commit extends JobTask<Shard.LevelReport> {
        Commit(String jobId) { super(jobId); }

        @Override
        public Shard.LevelReport call() { return shard(this).commit(); }
    }

    static final class Parent extends JobTask<long[]> {
        private final long fp;

        Parent(String jobId, long fp) {
            super(jobId);
            this.fp = fp;
        }

        @Override
        public long[] call() { return shard(this).parentOf(fp); }
    }

    static final class Close extends JobTask<Void> {
        Close(String jobId) { super(jobId); }

        @Override
        public Void call() {
            close();
            return null;
        }
    }
}
