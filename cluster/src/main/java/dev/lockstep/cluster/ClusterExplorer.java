package dev.lockstep.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.eval.EvalException;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.SearchFigures;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.explore.store.Fingerprint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a level-synchronous breadth-first search on the data members of a Hazelcast cluster, coordinated from
 * {@code hz} (a lite member from the command line). Each member owns the fingerprint partitions Hazelcast's
 * partition table gives it ({@link Routing}) and keeps, per partition, the fingerprints seen with their parents and
 * the level's new states ({@link Shard}). A level: every member expands its frontier, sends each other member its
 * successors in batches, owners keep the new ones; the coordinator's commit round is the barrier. The search stops
 * when a level adds nothing, so the distinct and generated counts and the depth are the explorer's; a stop (an
 * invariant, a transition property, a deadlock, a fault) is rebuilt here into the explorer's kind of counterexample
 * by following parent fingerprints back through the shards and replaying the path with the spec.
 *
 * <p>Not the explorer's: on a violation the figures are those at the end of the level that found it (the explorer
 * stops inside the level), and {@code --max-states}/{@code --max-seconds} are checked at level ends.
 */
public final class ClusterExplorer {
    private final HazelcastInstance hz;
    private final Coordinator coordinator;
    private final String clusterName;

    public ClusterExplorer(HazelcastInstance hz) {
        this.hz = hz;
        this.coordinator = Coordinator.of(hz);
        this.clusterName = coordinator.clusterName();
    }

    /** A distributed search's result and what it cost: payload bytes and batches sent between members. */
    public record Outcome(ExploreResult result, int members, long bytesSent, long batchesSent, long maxStoredPerMember) {}

    /**
     * Explores {@code model} (compiled here from {@code job}, as every member compiles it) on the cluster's data
     * members with {@code options.workers()} expansion tasks per member. Throws {@link ClusterFailure} when the
     * search cannot run or a member leaves during it.
     */
    public Outcome run(JobSpec job, ModelInstance model, ExploreOptions options) {
        List<Member> workers = coordinator.workers();
        Routing routing = Routing.snapshot(hz, 30);
        String jobId = UUID.randomUUID().toString();
        Search search = new Search(jobId, routing, workers, model, options);
        try (JobFailures failures = new JobFailures(hz, clusterName)) {
            try {
                search.all(m -> new Tasks.Open(jobId, routing, job, options.checkDeadlock(),
                        coordinator.proofFor(jobId, job.text())));
                return search.run();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw failures.failure(cause, "level " + (search.depth + 1) + " of the search", "search");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterFailure(Code.CLUSTER_MEMBER_LOST, "interrupted during the distributed search");
            } finally {
                search.closeQuietly();
            }
        }
    }

    /** One job's coordination. */
    private final class Search {
        private final String jobId;
        private final Routing routing;
        private final List<Member> workers;
        private final Map<UUID, Member> byUuid = new HashMap<>();
        private final SpecTools tools;
        private final Transitions transitions;
        private final ExploreOptions options;
        private final IExecutorService executor = hz.getExecutorService(ClusterSettings.EXECUTOR);
        private final long start = System.nanoTime();
        private long nextProgress;
        private List<State> initial;
        private long distinct, generated, bytesSent, batchesSent, maxStored;
        private int depth;

        Search(String jobId, Routing routing, List<Member> workers, ModelInstance model, ExploreOptions options) {
            this.jobId = jobId;
            this.routing = routing;
            this.workers = workers;
            for (Member m : workers) byUuid.put(m.getUuid(), m);
            this.tools = SpecTools.of(model);
            this.transitions = tools.transitions();
            this.options = options;
            this.nextProgress = start;
        }

        Outcome run() throws ExecutionException, InterruptedException {
            List<Stop> stops = new ArrayList<>();
            try {
                initial = transitions.initialStates();
            } catch (EvalException e) {
                return outcome(ExploreResult.Status.EVALUATION_ERROR, null, List.of(), e.toDiagnostic());
            }
            sendInitial(stops);
            while (true) {
                long fresh = 0;
                for (Shard.LevelReport r : all(m -> new Tasks.Commit(jobId))) {
                    fresh += r.newStates();
                    stops.addAll(r.stops());
                    bytesSent += r.bytesSent();
                    batchesSent += r.batchesSent();
                    maxStored = Math.max(maxStored, r.stored());
                }
                if (fresh > 0) {
                    depth++;
                    distinct += fresh;
                }
                if (!stops.isEmpty()) return rebuild(Collections.min(stops));
                if (fresh == 0) return outcome(ExploreResult.Status.HOLDS, null, List.of(), null);
                progress(fresh);
                if (limitReached()) return outcome(ExploreResult.Status.LIMIT_REACHED, null, List.of(), null);
                int slices = options.workers();
                List<Future<Long>> expanding = new ArrayList<>();
                for (Member m : workers) {
                    for (int s = 0; s < slices; s++) {
                        expanding.add(executor.submitToMember(new Tasks.Expand(jobId, s, slices), m));
                    }
                }
                for (Future<Long> f : expanding) generated += f.get();
            }
        }

        /** The initial states, as successors of no state: kept ones go to their owners, the others are checked. */
        private void sendInitial(List<Stop> stops) throws ExecutionException, InterruptedException {
            Outbox out = new Outbox(hz, jobId, routing, null);
            for (int i = 0; i < initial.size(); i++) {
                State s = initial.get(i);
                generated++;
                try {
                    if (!transitions.inConstraint(s)) {
                        if (transitions.firstViolated(s) != null) stops.add(new Stop(Stop.Kind.INVARIANT, 0, i, true));
                        continue;
                    }
                } catch (EvalException e) {
                    stops.add(new Stop(Stop.Kind.EVALUATION, 0, i, true));
                    continue;
                }
                long fp = tools.fingerprint(s);
                out.add(fp, fp, i, s); // its own parent: an initial state
            }
            out.finish();
            bytesSent += out.bytesSent();
            batchesSent += out.batchesSent();
        }

        /** Runs one task per worker member and waits for all of them: a barrier. */
        <T> List<T> all(Function<Member, Callable<T>> task) throws ExecutionException, InterruptedException {
            List<Future<T>> futures = new ArrayList<>();
            for (Member m : workers) futures.add(executor.submitToMember(task.apply(m), m));
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(f.get());
            return out;
        }

        void closeQuietly() { coordinator.closeQuietly(executor, workers, new Tasks.Close(jobId)); }

        private boolean limitReached() {
            if (options.maxStates() > 0 && distinct >= options.maxStates()) return true;
            return options.maxTime() != null && System.nanoTime() - start >= options.maxTime().toNanos();
        }

        private void progress(long frontier) {
            long now = System.nanoTime();
            if (now < nextProgress) return;
            nextProgress = now + options.progressInterval().toNanos();
            options.progress().onProgress(new ExploreOptions.Progress(distinct, generated, frontier, 0, depth,
                    Duration.ofNanos(now - start)));
        }

        /** The counterexample of a stop, replayed with the coordinator's copy of the spec. */
        private Outcome rebuild(Stop stop) throws ExecutionException, InterruptedException {
            if (stop.kind() == Stop.Kind.DEADLOCK) {
                return outcome(ExploreResult.Status.DEADLOCK, null, pathTo(stop.parent()), null);
            }
            List<Trace.Step> steps = stop.initial() ? new ArrayList<>() : pathTo(stop.parent());
            if (stop.kind() == Stop.Kind.EVALUATION) {
                return outcome(ExploreResult.Status.EVALUATION_ERROR, null, steps, reproduceFault(steps, stop));
            }
            State before = steps.isEmpty() ? null : steps.get(steps.size() - 1).state();
            Trace.Step last = stop.initial() ? new Trace.Step(null, initial.get(stop.ordinal()))
                    : Trace.successor(transitions, before, stop.ordinal());
            steps.add(last);
            if (stop.kind() == Stop.Kind.PROPERTY) {
                return outcome(ExploreResult.Status.PROPERTY_VIOLATED,
                        transitions.firstViolatedStep(before, last.state()).name(), steps, null);
            }
            return outcome(ExploreResult.Status.INVARIANT_VIOLATED, transitions.firstViolated(last.state()).name(),
                    steps, null);
        }

        /** The fault a member met, met again here: checking the initial state, or expanding the path's last state. */
        private Diagnostic reproduceFault(List<Trace.Step> steps, Stop stop) {
            try {
                if (stop.initial()) {
                    State s = initial.get(stop.ordinal());
                    transitions.inConstraint(s);
                    transitions.firstViolated(s);
                } else {
                    State parent = steps.get(steps.size() - 1).state();
                    transitions.successors(parent, (label, next) -> {
                        if (transitions.checksSteps()) transitions.firstViolatedStep(parent, next);
                        transitions.inConstraint(next);
                        transitions.firstViolated(next);
                    });
                }
            } catch (EvalException e) {
                return e.toDiagnostic();
            }
            throw new IllegalStateException("a member's evaluation fault does not happen again on the coordinator");
        }

        /** The steps from an initial state to the state {@code fp}, following parents through the shards. */
        private List<Trace.Step> pathTo(long fp) throws ExecutionException, InterruptedException {
            List<Integer> ordinals = new ArrayList<>();
            long at = fp;
            for (int guard = 0; ; guard++) {
                Member owner = byUuid.get(routing.ownerOf(at));
                long[] parent = executor.submitToMember(new Tasks.Parent(jobId, at), owner).get();
                if (parent == null || guard > depth) throw new IllegalStateException("no path back from state " + fp);
                ordinals.add((int) parent[1]);
                if (parent[0] == at) break;
                at = parent[0];
            }
            Collections.reverse(ordinals);
            return new ArrayList<>(Trace.replay(transitions, ordinals));
        }

        private Outcome outcome(ExploreResult.Status status, String violated, List<Trace.Step> trace, Diagnostic fault) {
            SearchFigures figures = new SearchFigures(distinct, generated, depth,
                    Duration.ofNanos(System.nanoTime() - start));
            ExploreResult r = new ExploreResult(status, figures, violated, trace, fault,
                    Fingerprint.collisionProbability(distinct, generated));
            return new Outcome(r, workers.size(), bytesSent, batchesSent, maxStored);
        }
    }
}
