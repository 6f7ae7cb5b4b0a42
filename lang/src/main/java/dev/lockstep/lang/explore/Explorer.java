package dev.lockstep.lang.explore;

import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.eval.EvalException;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.explore.store.CheckpointFile;
import dev.lockstep.lang.explore.store.Fingerprint;
import dev.lockstep.lang.explore.store.MemoryBudget;
import dev.lockstep.lang.explore.store.QueueFiles;
import dev.lockstep.lang.explore.store.SeenStates;
import dev.lockstep.lang.explore.store.SpillFile;
import dev.lockstep.lang.explore.store.StateLog;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.Fingerprints;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Breadth-first explicit-state search over a model's global states, checking the model's invariants and
 * (optionally) deadlock. A state outside the model's constraint is generated and checked but not kept, as in TLC.
 *
 * <p>The search goes level by level. Each level's states are split among {@code workers} threads, each with its own
 * {@link Transitions}. A new state is numbered by its <em>discoverer</em>: the index of the state it was first
 * reached from and its ordinal among that state's successors; the next level is ordered by discoverer, which is
 * exactly the order one worker would find its states in. With symmetry, the state kept for an orbit is likewise the
 * one of the lowest discoverer (see {@code discovererOf}). So counts, depth and the (shortest) counterexample do not
 * depend on the number of workers. States are kept as 64-bit fingerprints ({@link Fingerprints}) or whole
 * ({@link ExploreOptions#exact()}); a {@link StateLog} keeps each state's discoverer, from which a counterexample is
 * replayed.
 *
 * <p>A level holds at most {@link ExploreOptions#heldPerLevel} new states whole; once the level has that many, the
 * workers write the others with {@code StateCodec} to their own {@link SpillFile}, and the level, ordered by
 * discoverer as before, reads them back by position while it is expanded. Which states spill depends on timing, but
 * not which states are found nor their order, so the answer is the same with and without spilling.
 *
 * <p>With {@link ExploreOptions#checkpointing()}, the search saves itself at a level's end ({@link CheckpointFile}):
 * the store, the log, the next level and the counters, which is all that the rest of the search depends on; a
 * resumed search continues from there with the same counts, depth and counterexample, for any number of workers.
 */
public final class Explorer {
    /** A discoverer is (parent index + 1) << ORDINAL_BITS | successor ordinal; initial states have parent -1. */
    private static final int ORDINAL_BITS = 24;
    /** The ordinal of "after the last successor": where a deadlock of the parent sorts. */
    private static final int END_ORDINAL = (1 << ORDINAL_BITS) - 1;
    private static final long NONE = Long.MAX_VALUE;

    private final Transitions transitions;
    private final ModelInstance model;
    private final Symmetry symmetry;
    private ActionCoverage coverage; // null: actions are not counted

    public Explorer(ModelInstance model) {
        this.model = model;
        this.transitions = new Transitions(model);
        this.symmetry = Symmetry.of(model);
    }

    /** Counts the successors each action generates into {@code counts} during {@link #run}. */
    public Explorer countingActions(ActionCoverage counts) {
        this.coverage = counts;
        return this;
    }

    /**
     * Searches the model. Throws {@link CheckpointFile.Invalid} when asked to resume a checkpoint that is missing,
     * damaged or of another search, or to start a search whose checkpoint directory already holds one (it is never
     * overwritten by a new search).
     */
    public ExploreResult run(ExploreOptions options) {
        long start = System.nanoTime();
        try {
            return new Search(options).run();
        } catch (CheckpointWriteFailed e) {
            return new ExploreResult(ExploreResult.Status.LIMIT_REACHED, e.figures, null, List.of(),
                    Diagnostic.error(Code.CHECKPOINT_WRITE_FAILED, model.model().span(), e.getMessage()
                            + "; the search was abandoned", "give --checkpoint a writable directory with free space "
                            + "(a checkpoint takes about 24 bytes per state, more with --exact)"));
        } catch (MemoryBudget.Exhausted e) { // not even the empty store fits
            return new ExploreResult(ExploreResult.Status.LIMIT_REACHED,
                    SearchFigures.none(Duration.ofNanos(System.nanoTime() - start)), null, List.of(),
                    memoryExhausted(options, 0));
        } catch (UncheckedIOException e) { // the spilled queue cannot be written or read back
            return new ExploreResult(ExploreResult.Status.LIMIT_REACHED,
                    SearchFigures.none(Duration.ofNanos(System.nanoTime() - start)), null, List.of(),
                    Diagnostic.error(Code.QUEUE_SPILL_FAILED, model.model().span(), e.getMessage()
                            + "; the search was abandoned", "give the JVM a writable java.io.tmpdir with free space "
                            + "(LOCKSTEP_JAVA_OPTS=-Djava.io.tmpdir=DIR), or more memory"));
        }
    }

    private Diagnostic memoryExhausted(ExploreOptions options, long distinct) {
        return Diagnostic.error(Code.STORE_MEMORY_EXCEEDED, model.model().span(), String.format(Locale.ROOT,
                "the state store needs more than --memory %,d bytes after %,d distinct states; the figures are "
                        + "partial", options.memoryLimit(), distinct),
                "raise --memory (a fingerprint store takes about 24 to 32 bytes per state)");
    }

    /**
     * The form of a state the store identifies it by: the one place where states are keyed. With symmetry it is the
     * orbit's representative; the state reached is still the one expanded and shown in traces.
     */
    private State keyOf(State state) { return symmetry.canonical(state); }

    /** What a checkpoint of this model with {@code options} is of: the spec's text, the model, the options. */
    private CheckpointFile.Identity identity(ExploreOptions options) {
        var spec = model.spec();
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(spec.file().text().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        return new CheckpointFile.Identity(spec.file().name(), hash, model.model().name(), options.exact(),
                options.checkDeadlock());
    }

    /** A checkpoint could not be written; the search stops with the figures it had. */
    private static final class CheckpointWriteFailed extends RuntimeException {
        final SearchFigures figures;

        CheckpointWriteFailed(String message, SearchFigures figures) {
            super(message, null, false, false);
            this.figures = figures;
        }
    }

    private static long discoverer(long parent, int ordinal) { return (parent + 1) << ORDINAL_BITS | ordinal; }

    private static long parentOf(long discoverer) { return (discoverer >>> ORDINAL_BITS) - 1; }

    private static int ordinalOf(long discoverer) { return (int) (discoverer & END_ORDINAL); }

    /**
     * A new state found in the current level, reached with {@code discoverer}: held whole ({@code state},
     * {@code key}), or spilled to its finder's file at {@code spilledAt} (then both are null: only a fingerprint
     * store spills, and it looks states up by fingerprint).
     */
    private record Found(State state, State key, long fingerprint, long discoverer, long spilledAt) {}

    /** What {@code discovererOf} gives for a found state that another state of its orbit replaces. */
    private static final long SUPERSEDED = -1;

    /** Where a spilled state is: its worker's file (high bits) and the offset in it. */
    private static final int OFFSET_BITS = 48;

    private static long spillLocation(int worker, long offset) { return (long) worker << OFFSET_BITS | offset; }

    /**
     * What ends the search, found at {@code discoverer} after generating {@code generatedAtParent} successors of
     * the parent. When the state was kept, its discoverer is read back from the store at the level's end, since
     * another worker may have reached it earlier in the single-worker order.
     */
    private record Stop(ExploreResult.Status status, long discoverer, int generatedAtParent, State state, State key,
                        long fingerprint, boolean kept, String invariant, Diagnostic fault) {}

    /** One run's mutable state. */
    private final class Search {
        private final ExploreOptions options;
        private final SeenStates seen;
        private final StateLog log;
        /** Set when the store outgrew {@code --memory}; the search then stops as at a limit. */
        private volatile boolean memoryExhausted;
        private final Worker[] workers;
        private final long start = System.nanoTime();
        private final AtomicLong distinct = new AtomicLong();
        private final AtomicLong generated = new AtomicLong();
        /** The lowest discoverer of a {@link Stop} in this level; parents after its parent need no expansion. */
        private final AtomicLong stopAt = new AtomicLong(NONE);
        private final List<Stop> stops = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean limitHit;
        private int depth;
        private long nextProgress;
        /** The level being expanded, and the index of its first state. */
        private State[] frontier = new State[0];
        private long frontierBase;
        /** For a level that spilled: where each state not held in {@code frontier} is, and the files it is in. */
        private long[] frontierSpilledAt;
        private SpillFile[] frontierFiles = new SpillFile[0];
        private long frontierOnDisk;
        private final QueueFiles queueFiles;
        private final long heldPerLevel;
        /** New states of the level being expanded: offered to the queue, and written to disk; spilled in all. */
        private final AtomicLong heldNext = new AtomicLong();
        private final AtomicLong spilledNext = new AtomicLong();
        private long spilledTotal;
        /** Successors generated from each frontier state; the generated count before the level. */
        private int[] generatedAt = new int[0];
        private long generatedBefore;
        private final AtomicInteger nextChunk = new AtomicInteger();
        private int chunk;
        /** When the last checkpoint was written (or the search started). */
        private long lastCheckpoint = start;

        Search(ExploreOptions options) {
            this.options = options;
            MemoryBudget budget = new MemoryBudget(options.memoryLimit());
            this.seen = SeenStates.create(options.exact(), budget);
            this.log = new StateLog(budget);
            this.nextProgress = start + options.progressInterval().toNanos();
            this.queueFiles = new QueueFiles(options.spillDirectory());
            this.heldPerLevel = options.heldPerLevel();
            this.workers = new Worker[options.workers()];
            workers[0] = new Worker(0, transitions, true);
            for (int i = 1; i < workers.length; i++) workers[i] = new Worker(i, new Transitions(model), false);
        }

        ExploreResult run() {
            ExecutorService pool = workers.length == 1 ? null
                    : Executors.newFixedThreadPool(workers.length - 1, r -> {
                        Thread t = new Thread(r, "explorer-worker");
                        t.setDaemon(true);
                        return t;
                    });
            try {
                ExploreOptions.Checkpointing checkpointing = options.checkpointing();
                boolean resumed = checkpointing != null && checkpointing.resume();
                if (resumed) {
                    restore(checkpointing.directory());
                } else {
                    if (checkpointing != null && CheckpointFile.exists(checkpointing.directory())) {
                        throw new CheckpointFile.Invalid(checkpointing.directory() + " already holds a checkpoint; "
                                + "resume it with --resume, or delete it to start again");
                    }
                    List<State> initial;
                    try {
                        initial = transitions.initialStates();
                    } catch (EvalException e) {
                        return finish(ExploreResult.Status.EVALUATION_ERROR, null, List.of(), e.toDiagnostic());
                    }
                    workers[0].expandInitial(initial);
                }
                while (true) {
                    if (!resumed) { // a resumed search starts where the checkpoint was written: after a commit
                        ExploreResult stopped = levelOutcome();
                        if (stopped != null) return stopped;
                        try {
                            if (!commitLevel()) return finish(ExploreResult.Status.HOLDS, null, List.of(), null);
                        } catch (MemoryBudget.Exhausted e) {
                            return finish(ExploreResult.Status.LIMIT_REACHED, null, List.of(),
                                    memoryExhausted(options, distinct.get()));
                        }
                    }
                    resumed = false;
                    if (checkpointing != null) {
                        ExploreResult paused = checkpointIfDue(checkpointing);
                        if (paused != null) return paused;
                    }
                    expandLevel(pool);
                }
            } finally {
                if (pool != null) pool.shutdownNow();
                queueFiles.close();
            }
        }

        /** Expands every state of the frontier, worker 0 on this thread and the others on the pool. */
        private void expandLevel(ExecutorService pool) {
            nextChunk.set(0);
            generatedAt = new int[frontier.length];
            generatedBefore = generated.get();
            chunk = Math.max(1, Math.min(256, frontier.length / (workers.length * 16)));
            List<Future<?>> running = new ArrayList<>();
            for (int i = 1; i < workers.length; i++) running.add(pool.submit(workers[i]::expandFrontier));
            Throwable failure = null;
            try {
                workers[0].expandFrontier();
            } catch (RuntimeException | Error e) {
                failure = e;
                limitHit = true; // stop the other workers
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (failure == null) failure = e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while exploring", e);
                }
            }
            if (failure instanceof RuntimeException r) throw r;
            if (failure instanceof Error e) throw e;
            if (failure != null) throw new IllegalStateException(failure);
        }

        /** The result when the level just expanded stopped the search (a violation, a fault, a limit), else null. */
        private ExploreResult levelOutcome() {
            Stop first = null;
            long firstAt = NONE;
            for (Stop s : stops) {
                long at = s.kept() ? seen.discoverer(s.key(), s.fingerprint()) : s.discoverer();
                if (at < firstAt) {
                    first = s;
                    firstAt = at;
                }
            }
            if (first != null) {
                List<Trace.Step> trace = path(parentOf(firstAt));
                if (first.status() == ExploreResult.Status.INVARIANT_VIOLATED
                        || first.status() == ExploreResult.Status.PROPERTY_VIOLATED) {
                    trace.add(trace.isEmpty() ? new Trace.Step(null, first.state()) : successor(trace, ordinalOf(firstAt)));
                }
                return finishAt(first, firstAt, trace);
            }
            if (limitHit) {
                if (hasFound()) depth++;
                return finish(ExploreResult.Status.LIMIT_REACHED, null, List.of(),
                        memoryExhausted ? memoryExhausted(options, distinct.get()) : null);
            }
            return null;
        }

        /**
         * The result of a stop, with the figures one worker would report: the states kept and generated before the
         * stop in the single-worker order, whatever the other workers did after it.
         */
        private ExploreResult finishAt(Stop stop, long at, List<Trace.Step> trace) {
            long keptBefore = log.size();
            for (Worker w : workers) {
                for (Found f : w.found) {
                    long d = discovererOf(f);
                    if (d != SUPERSEDED && d < at) keptBefore++;
                }
            }
            if (keptBefore > log.size()) depth++;
            distinct.set(keptBefore);
            long p = parentOf(at);
            long generatedBeforeStop = p < 0 ? 0 : generatedBefore;
            for (long q = frontierBase; q < p; q++) generatedBeforeStop += generatedAt[(int) (q - frontierBase)];
            generated.set(generatedBeforeStop + (stop.kept() ? ordinalOf(at) + 1 : stop.generatedAtParent()));
            return finish(stop.status(), stop.invariant(), trace, stop.fault());
        }

        /**
         * The discoverer of a state found in this level, or {@link #SUPERSEDED}. With symmetry a key stands for a
         * whole orbit, and workers may reach different states of one orbit from different parents: the state kept
         * (expanded next, and replayed in traces) must be the one reached with the lowest discoverer, as with one
         * worker, not the one added first; its finder queued it too ({@link SeenStates.Added#LOWERED}). Without
         * symmetry those states are equal, so the state added first is kept with the lowest discoverer.
         */
        private long discovererOf(Found f) {
            long at = seen.discoverer(f.key(), f.fingerprint());
            return symmetry.reduces() && at != f.discoverer() ? SUPERSEDED : at;
        }

        private boolean hasFound() {
            for (Worker w : workers) if (!w.found.isEmpty()) return true;
            return false;
        }

        /**
         * Numbers the states found in the level in discoverer order, appends them to the log and makes them the next
         * frontier; false when there are none.
         */
        private boolean commitLevel() {
            int all = 0;
            for (Worker w : workers) all += w.found.size();
            long[] keys = new long[all];
            Found[] found = new Found[all];
            int count = 0;
            long supersededOnDisk = 0;
            for (Worker w : workers) {
                for (Found f : w.found) {
                    long d = discovererOf(f);
                    if (d == SUPERSEDED) {
                        if (f.state() == null) supersededOnDisk++; // its record stays unread in the spill file
                        continue;
                    }
                    keys[count] = d;
                    found[count++] = f;
                }
                w.found.clear();
            }
            spilledNext.addAndGet(-supersededOnDisk);
            if (count == 0) return false;
            keys = Arrays.copyOf(keys, count);
            // Discoverers are distinct (one per successor), so a state's rank in the sorted keys is its position.
            long[] order = keys.clone();
            Arrays.parallelSort(order);
            Found[] sorted = new Found[count];
            for (int i = 0; i < count; i++) sorted[Arrays.binarySearch(order, keys[i])] = found[i];
            State[] next = new State[count];
            long[] nextSpilledAt = spilledNext.get() == 0 ? null : new long[count];
            frontierBase = log.size();
            for (int i = 0; i < count; i++) {
                log.append(order[i]);
                next[i] = sorted[i].state();
                if (nextSpilledAt != null) nextSpilledAt[i] = sorted[i].spilledAt();
            }
            for (SpillFile f : frontierFiles) if (f != null) queueFiles.delete(f); // that level is expanded
            frontierFiles = new SpillFile[workers.length];
            for (Worker w : workers) frontierFiles[w.index] = w.finishSpill();
            frontier = next;
            frontierSpilledAt = nextSpilledAt;
            frontierOnDisk = spilledNext.getAndSet(0);
            spilledTotal += frontierOnDisk;
            heldNext.set(0);
            depth++;
            return true;
        }

        /** State {@code i} of the frontier, held or read back from its spill file. */
        private State frontierState(int i) {
            State state = frontier[i];
            if (state != null) return state;
            long at = frontierSpilledAt[i];
            return frontierFiles[(int) (at >>> OFFSET_BITS)].read(at & ((1L << OFFSET_BITS) - 1));
        }

        /**
         * At a level's end, writes a checkpoint when one is due; returns the result when the search is to stop
         * there ({@link ExploreOptions.Checkpointing#stopAfterDepth}), else null.
         */
        private ExploreResult checkpointIfDue(ExploreOptions.Checkpointing c) {
            boolean stop = depth == c.stopAfterDepth();
            long now = System.nanoTime();
            if (!stop && now - lastCheckpoint < c.every().toNanos()) return null;
            try {
                CheckpointFile.write(c.directory(), identity(options), new CheckpointFile.Counters(distinct.get(),
                        generated.get(), depth, spilledTotal), log, seen, frontier.length, i -> frontierState((int) i));
            } catch (UncheckedIOException e) {
                throw new CheckpointWriteFailed(e.getMessage(), new SearchFigures(distinct.get(), generated.get(),
                        depth, Duration.ofNanos(System.nanoTime() - start)));
            }
            lastCheckpoint = System.nanoTime();
            if (!stop) return null;
            return finish(ExploreResult.Status.LIMIT_REACHED, null, List.of(), Diagnostic.warning(
                    Code.CHECKPOINT_STOPPED, model.model().span(), String.format(Locale.ROOT, "the search stopped "
                            + "after writing a checkpoint at depth %d (%,d distinct states) to %s", depth,
                            distinct.get(), c.directory()), "continue it with --resume " + c.directory()));
        }

        /**
         * Continues from the checkpoint in {@code dir}: the store, the log and the counters as they were, and the
         * next level as the frontier (held, or spilled past the level's memory share as a level's new states are).
         */
        private void restore(Path dir) {
            List<State> held = new ArrayList<>();
            SpillFile[] file = new SpillFile[1];
            long[][] spilledAt = {new long[0]};
            long[] onDisk = {0};
            CheckpointFile.Counters c = CheckpointFile.read(dir, identity(options), log, seen, state -> {
                if (held.size() < heldPerLevel) {
                    held.add(state);
                    return;
                }
                if (file[0] == null) {
                    file[0] = queueFiles.create();
                    spilledAt[0] = new long[Math.max(1024, held.size())];
                    Arrays.fill(spilledAt[0], -1);
                }
                int i = held.size();
                if (i >= spilledAt[0].length) spilledAt[0] = Arrays.copyOf(spilledAt[0], i * 2);
                spilledAt[0][i] = spillLocation(0, file[0].append(state));
                held.add(null);
                onDisk[0]++;
            });
            frontier = held.toArray(new State[0]);
            frontierFiles = new SpillFile[workers.length];
            if (file[0] != null) {
                file[0].finishWriting();
                frontierFiles[0] = file[0];
                frontierSpilledAt = Arrays.copyOf(spilledAt[0], frontier.length);
            }
            frontierOnDisk = onDisk[0];
            frontierBase = log.size() - frontier.length;
            distinct.set(c.distinct());
            generated.set(c.generated());
            depth = c.depth();
            spilledTotal = c.spilledStates();
        }

        /**
         * The steps from an initial state to state {@code index} (none for -1). Only discoverers are kept, so the
         * path is replayed from the initial state, as TLC does: each step is successor {@code ordinal} of the one
         * before, in the enumeration order of {@link Transitions#successors}.
         */
        private List<Trace.Step> path(long index) {
            List<Integer> ordinals = new ArrayList<>();
            for (long i = index; i >= 0; i = parentOf(log.discoverer(i))) ordinals.add(ordinalOf(log.discoverer(i)));
            Collections.reverse(ordinals);
            return Trace.replay(transitions, ordinals);
        }

        /** Successor {@code ordinal} of the last state of {@code steps}. */
        private Trace.Step successor(List<Trace.Step> steps, int ordinal) {
            return Trace.successor(transitions, steps.get(steps.size() - 1).state(), ordinal);
        }

        private boolean limitReached() {
            if (options.maxStates() > 0 && distinct.get() >= options.maxStates()) return true;
            return options.maxTime() != null && System.nanoTime() - start >= options.maxTime().toNanos();
        }

        private void progress(int done) {
            long now = System.nanoTime();
            if (now < nextProgress) return;
            nextProgress = now + options.progressInterval().toNanos();
            long d = distinct.get();
            long queued = frontier.length - done + (d - log.size());
            options.progress().onProgress(new ExploreOptions.Progress(d, generated.get(), queued,
                    frontierOnDisk + spilledNext.get(), depth + 1, Duration.ofNanos(now - start)));
        }

        private ExploreResult finish(ExploreResult.Status status, String violated, List<Trace.Step> trace,
                                     Diagnostic fault) {
            long d = distinct.get(), g = generated.get();
            SearchFigures figures = new SearchFigures(d, g, depth, Duration.ofNanos(System.nanoTime() - start));
            double collision = seen.lossy() ? Fingerprint.collisionProbability(d, g) : 0;
            return new ExploreResult(status, figures, violated, trace, fault, collision,
                    spilledTotal + spilledNext.get());
        }

        /** Expands its share of each level with its own {@link Transitions}; collects the new states it keeps. */
        private final class Worker {
            private final int index;
            private final Transitions transitions;
            private final boolean reportsProgress;
            private final List<Found> found = new ArrayList<>();
            private final Transitions.Sink sink = this::onSuccessor;
            private long parent;
            /** The state being expanded (null for the initial states), the before of each step it takes. */
            private State parentState;
            private int ordinal;
            private long expanded;
            /** States this worker kept while expanding the current parent, not yet added to {@code distinct}. */
            private long keptHere;
            /** True while a successor is being checked: it counts as generated even if checking it throws. */
            private boolean inSuccessor;

            /** This worker's file for the next level, made at its first spilled state. */
            private SpillFile spill;

            Worker(int index, Transitions transitions, boolean reportsProgress) {
                this.index = index;
                this.transitions = transitions;
                this.reportsProgress = reportsProgress;
            }

            /** The initial states, as the successors of a virtual state -1 (so their order is kept). */
            void expandInitial(List<State> initial) {
                parent = -1;
                ordinal = 0;
                try {
                    for (State s : initial) {
                        generated.incrementAndGet();
                        onSuccessor(null, s);
                    }
                } catch (StopExpansion stop) {
                    // recorded in stops
                } catch (MemoryBudget.Exhausted e) {
                    memoryExhausted = true;
                    limitHit = true;
                } catch (EvalException e) {
                    stop(new Stop(ExploreResult.Status.EVALUATION_ERROR, discoverer(-1, ordinal), ordinal + 1, null,
                            null, 0, false, null, e.toDiagnostic()));
                } finally {
                    distinct.addAndGet(keptHere);
                    keptHere = 0;
                }
            }

            void expandFrontier() {
                while (true) {
                    int from = nextChunk.getAndAdd(chunk);
                    if (from >= frontier.length) return;
                    int to = Math.min(frontier.length, from + chunk);
                    for (int i = from; i < to; i++) {
                        long p = frontierBase + i;
                        // Chunks are taken in order, so every later parent comes after the first stop too.
                        if (p > parentOf(stopAt.get())) return;
                        if (limitHit || limitReached()) {
                            limitHit = true;
                            return;
                        }
                        expand(p, frontierState(i));
                        if (reportsProgress && (++expanded & 1023) == 0) progress(i + 1);
                    }
                }
            }

            private void expand(long p, State state) {
                parent = p;
                parentState = state;
                ordinal = 0;
                try {
                    transitions.successors(state, sink);
                    if (ordinal == 0 && options.checkDeadlock()) {
                        stop(new Stop(ExploreResult.Status.DEADLOCK, discoverer(p, END_ORDINAL), 0, null, null, 0,
                                false, null, null));
                    }
                } catch (StopExpansion stop) {
                    // recorded in stops
                } catch (MemoryBudget.Exhausted e) {
                    memoryExhausted = true;
                    limitHit = true;
                } catch (EvalException e) {
                    // Thrown by the enumeration, or by the constraint of successor `ordinal` (then generated).
                    int atParent = inSuccessor ? ordinal + 1 : ordinal;
                    stop(new Stop(ExploreResult.Status.EVALUATION_ERROR, discoverer(p, ordinal), atParent, null, null,
                            0, false, null, e.toDiagnostic()));
                } finally {
                    int atParent = inSuccessor ? ordinal + 1 : ordinal;
                    inSuccessor = false;
                    generatedAt[(int) (p - frontierBase)] = atParent;
                    generated.addAndGet(atParent);
                    distinct.addAndGet(keptHere); // once per parent: the counters are shared by all workers
                    keptHere = 0;
                }
            }

            /**
             * One successor, number {@code ordinal} of the parent. As in TLC, a state outside the constraint is not
             * kept but is still checked against the invariants; a kept state is checked once, by the worker that
             * added it.
             */
            private void onSuccessor(Label label, State next) {
                int k = ordinal;
                if (k >= END_ORDINAL) throw new IllegalStateException("a state has more than " + END_ORDINAL
                        + " successors");
                long d = discoverer(parent, k);
                inSuccessor = true;
                if (coverage != null && label != null) coverage.count(label);
                if (parent >= 0 && transitions.checksSteps()) {
                    // Checked on every step, also one to a state seen before: it is the step that may be wrong.
                    CheckedSpec.Property broken = transitions.firstViolatedStep(parentState, next);
                    if (broken != null) {
                        stop(new Stop(ExploreResult.Status.PROPERTY_VIOLATED, d, k + 1, next, null, 0, false,
                                broken.name(), null));
                        throw new StopExpansion();
                    }
                }
                boolean inModel = transitions.inConstraint(next);
                State key = null;
                long fingerprint = 0;
                if (inModel) {
                    key = keyOf(next);
                    fingerprint = Fingerprints.ofState(key.slots());
                    SeenStates.Added added = seen.add(key, fingerprint, d);
                    if (added != SeenStates.Added.NEW) {
                        // Reached before in the single-worker order by another worker: with symmetry possibly as
                        // another state of the orbit, so this one is queued to replace it (see discovererOf).
                        if (added == SeenStates.Added.LOWERED && symmetry.reduces()) queue(next, key, fingerprint, d);
                        ordinal = k + 1;
                        inSuccessor = false;
                        return;
                    }
                    keptHere++;
                    queue(next, key, fingerprint, d);
                }
                try {
                    CheckedSpec.Invariant broken = transitions.firstViolated(next);
                    if (broken != null) {
                        stop(new Stop(ExploreResult.Status.INVARIANT_VIOLATED, d, k + 1, next, key, fingerprint,
                                inModel, broken.name(), null));
                        throw new StopExpansion();
                    }
                } catch (EvalException e) {
                    stop(new Stop(ExploreResult.Status.EVALUATION_ERROR, d, k + 1, next, key, fingerprint, inModel,
                            null, e.toDiagnostic()));
                    throw new StopExpansion();
                }
                ordinal = k + 1;
                inSuccessor = false;
            }

            /** Holds a new state for the next level, or writes it to disk once the level holds its share. */
            private void queue(State next, State key, long fingerprint, long d) {
                if (heldNext.incrementAndGet() <= heldPerLevel) { // counts the spilled ones too; reset per level
                    found.add(new Found(next, key, fingerprint, d, -1));
                    return;
                }
                if (spill == null) spill = queueFiles.create();
                found.add(new Found(null, null, fingerprint, d, spillLocation(index, spill.append(next))));
                spilledNext.incrementAndGet();
            }

            /** This worker's spill file of the level just committed, ready to be read (null if none). */
            SpillFile finishSpill() {
                SpillFile f = spill;
                spill = null;
                if (f != null) f.finishWriting();
                return f;
            }

            private void stop(Stop s) {
                stops.add(s);
                stopAt.accumulateAndGet(s.discoverer(), Math::min);
            }
        }
    }

    /** Unwinds the successor enumeration once the search must stop. */
    private static final class StopExpansion extends RuntimeException {
        StopExpansion() { super(null, null, false, false); }
    }
}
