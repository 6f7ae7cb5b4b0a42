package dev.lockstep.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.Code;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchJob} on 2 in-JVM members: results in batch order up to the first batch that ends the job, whatever
 * order the batches finish in; a member killed mid-job is LS913.
 */
class BatchJobTest {
    private static final JobSpec SPEC = new JobSpec("none.lstep", "protocol None", ".", "m");
    /** A member's context of the job (nothing to keep here). */
    record Context() implements AutoCloseable {
        @Override
        public void close() {}
    }

    record Setup() implements BatchJob.Setup<Context> {
        @Override
        public Context open(JobSpec spec) { return new Context(); }
    }

    /** Batch {@code index}: sleeps longer the earlier it is (so later batches finish first), returns its index. */
    record Slow(int index, int count) implements BatchJob.Work<Context, Integer> {
        @Override
        public Integer run(Context context) throws InterruptedException {
            Thread.sleep(5L * (count - index));
            return index;
        }
    }

    @Test
    void resultsInBatchOrderUpToTheFirstThatEndsTheJob() {
        try (InJvmCluster cluster = new InJvmCluster("lockstep-test-batches", 2)) {
            BatchJob job = new BatchJob(cluster.coordinator);
            BatchJob.Outcome<Integer> all = job.run("test job", SPEC, new Setup(), 40, i -> new Slow(i, 40), r -> false);
            assertEquals(IntStream.range(0, 40).boxed().toList(), all.results());
            assertEquals(2, all.members());
            // Batches 13 and 17 (and every one after 13 that ran) would end it: the answer is 0..13.
            BatchJob.Outcome<Integer> cut = job.run("test job", SPEC, new Setup(), 40, i -> new Slow(i, 40),
                    r -> r == 13 || r == 17 || r >= 25);
            assertEquals(IntStream.rangeClosed(0, 13).boxed().toList(), cut.results());
        }
    }

    /** About 12 s here (a second cluster, and the earliest batches sleep about a second each). */
    @Test
    @Tag("long")
    void aMemberKilledMidJobFailsItWithoutResults() {
        try (InJvmCluster cluster = new InJvmCluster("lockstep-test-batch-loss", 2)) {
            BatchJob job = new BatchJob(cluster.coordinator);
            var victim = cluster.workers.get(1);
            ClusterFailure f = assertThrows(ClusterFailure.class, () -> job.run("test job", SPEC, new Setup(), 200,
                    i -> {
                        if (i == 20) victim.getLifecycleService().terminate();
                        return new Slow(i, 200);
                    }, r -> false));
            assertEquals(Code.CLUSTER_MEMBER_LOST, f.code());
            assertTrue(f.getMessage().contains("during the test job") && f.getMessage().contains("no verdict"),
                    f.getMessage());
        }
    }
}
