package dev.lockstep.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import dev.lockstep.lang.diag.Code;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Runs independent batches of work (seed ranges of a swarm simulation, trace folders to check) on the data members
 * of a cluster, coordinated from {@code hz} (a lite member from the command line). Every member first opens the job
 * ({@link Setup}: e.g. compiles the spec once), after the same secret checks as the distributed search; then the
 * coordinator hands out the batches in order, each member running as many at once as it has processors, and the
 * next batch goes to the first member that finishes one. The engine moves batches, never single runs.
 *
 * <p>Results come back in batch order. A batch whose result ends the job ({@code last}, e.g. a failing seed) makes
 * the later batches unnecessary: they are no longer sent, and the results of those already running are dropped, so
 * the answer is that of running the batches one after another on one machine.
 */
public final class BatchJob {
    private final Coordinator coordinator;

    public BatchJob(HazelcastInstance hz) { this.coordinator = Coordinator.of(hz); }

    /** Opens a job on a member, once: what the member keeps for the job's batches (closed when the job ends). */
    public interface Setup<C extends AutoCloseable> extends Serializable {
        C open(JobSpec spec) throws Exception;
    }

    /** One batch, run on some member with the job's context there. */
    public interface Work<C, R extends Serializable> extends Serializable {
        R run(C context) throws Exception;
    }

    /** The results of batches 0..k in order (k: the first batch whose result ended the job, else the last). */
    public record Outcome<R>(List<R> results, int members, int batches) {}

    /**
     * Runs {@code count} batches of job {@code what} (named in failures, e.g. "swarm simulation") on the data
     * members; {@code batch} makes batch i when it is sent (so a batch's payload, e.g. the bytes of trace files, is
     * read only then). Throws {@link ClusterFailure} when the job cannot run or a member leaves during it.
     */
    public <C extends AutoCloseable, R extends Serializable> Outcome<R> run(String what, JobSpec spec, Setup<C> setup,
                                                                       int count,
                                                                       IntFunction<? extends Work<C, R>> batch,
                                                                       Predicate<R> last) {
        List<Member> workers = coordinator.workers();
        String jobId = UUID.randomUUID().toString();
        IExecutorService executor = coordinator.hz().getExecutorService(ClusterSettings.EXECUTOR);
        try (JobFailures failures = new JobFailures(coordinator.hz(), coordinator.clusterName())) {
            try {
                Map<Member, Integer> slots = open(executor, workers, new BatchTasks.Open<>(jobId, spec, setup,
                        coordinator.proofFor(jobId, spec.text())));
                List<R> results = dispatch(executor, jobId, slots, count, batch, last);
                return new Outcome<>(results, workers.size(), count);
            } catch (ExecutionException e) {
                throw failures.failure(e.getCause() == null ? e : e.getCause(), "the " + what, what);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterFailure(Code.CLUSTER_MEMBER_LOST, "interrupted during the " + what);
            } finally {
                coordinator.closeQuietly(executor, workers, new BatchTasks.Close(jobId));
            }
        }
    }

    /** Opens the job on every member; returns how many batches each runs at once (its processors). */
    private static Map<Member, Integer> open(IExecutorService executor, List<Member> workers,
                                             BatchTasks.Open<?> open) throws ExecutionException, InterruptedException {
        Map<Member, Future<Integer>> opening = new HashMap<>();
        for (Member m : workers) opening.put(m, executor.submitToMember(open, m));
        Map<Member, Integer> slots = new HashMap<>();
        for (Member m : workers) slots.put(m, Math.max(1, opening.get(m).get()));
        return slots;
    }

    /** A finished batch: its index, the member that ran it, and its result or failure. */
    private record Done(int index, Member member, Object result, Throwable failure) {}

    private <C, R extends Serializable> List<R> dispatch(IExecutorService executor, String jobId,
                                                         Map<Member, Integer> slots, int count,
                                                         IntFunction<? extends Work<C, R>> batch, Predicate<R> last)
            throws ExecutionException, InterruptedException {
        LinkedBlockingQueue<Done> done = new LinkedBlockingQueue<>();
        Object[] results = new Object[count];
        int needed = count; // batches 0..needed-1 are needed
        int next = 0;
        int running = 0;
        Map<Member, Integer> free = new HashMap<>(slots);
        while (true) {
            for (Map.Entry<Member, Integer> e : free.entrySet()) {
                while (e.getValue() > 0 && next < needed) {
                    submit(executor, new BatchTasks.Run<>(jobId, batch.apply(next)), next++, e.getKey(), done);
                    e.setValue(e.getValue() - 1);
                    running++;
                }
            }
            if (running == 0) break;
            Done d = done.take();
            running--;
            free.merge(d.member(), 1, Integer::sum);
            if (d.failure() != null) throw new ExecutionException(d.failure());
            if (d.index() >= needed) continue; // after a batch that ended the job: dropped
            results[d.index()] = d.result();
            @SuppressWarnings("unchecked") R r = (R) d.result();
            if (last.test(r)) needed = d.index() + 1;
        }
        List<R> out = new ArrayList<>();
        for (Object r : Arrays.copyOf(results, needed)) {
            @SuppressWarnings("unchecked") R typed = (R) r;
            out.add(typed);
        }
        return out;
    }

    private static <T extends Serializable> void submit(IExecutorService executor, BatchTasks.Run<?, T> task, int index, Member member,
                                   LinkedBlockingQueue<Done> done) {
        executor.submitToMember(task, member, new ExecutionCallback<T>() {
            @Override
            public void onResponse(T response) { done.add(new Done(index, member, response, null)); }

            @Override
            public void onFailure(Throwable t) { done.add(new Done(index, member, null, t)); }
        });
    }
}
