package dev.lockstep.lang.explore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Explorer settings. {@code maxStates} and {@code maxTime} stop a run cleanly with partial figures
 * (0 / null: no limit). Progress is reported every {@code progressInterval}. {@code workers} threads search each
 * level (the result does not depend on their number); {@code exact} keeps whole states instead of fingerprints.
 * {@code memoryLimit} caps the bytes of the fingerprint store (tables and discoverers; 0: no cap): a search that
 * needs more stops cleanly with partial figures and an {@code LS708} diagnostic. {@code queueInMemory} is how many
 * states of a BFS level are held whole in memory before the rest of the level is written to disk (0: the default of
 * {@link #heldPerLevel}); {@code spillDirectory} is where (null: {@code java.io.tmpdir}). {@code checkpointing}
 * saves the search at level ends so that it can be resumed (null: never).
 */
public record ExploreOptions(boolean checkDeadlock, long maxStates, Duration maxTime, Duration progressInterval,
                             ProgressListener progress, int workers, boolean exact, long memoryLimit,
                             long queueInMemory, Path spillDirectory,
                             Checkpointing checkpointing) {

    public ExploreOptions {
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        if (queueInMemory < 0) throw new IllegalArgumentException("negative queue size " + queueInMemory);
        if (memoryLimit < 0) throw new IllegalArgumentException("negative memory limit " + memoryLimit);
        if (exact && memoryLimit > 0) throw new IllegalArgumentException("a memory limit caps the fingerprint store, "
                + "not the exact one");
    }

    /**
     * Where a search saves itself and how often ({@code --checkpoint DIR}, {@code --checkpoint-every}): at the end of
     * the first level that ends {@code every} after the last checkpoint (or the start). With {@code resume}, the
     * search first continues from the checkpoint in {@code directory} ({@code --resume DIR}). {@code stopAfterDepth}
     * &gt; 0 writes a checkpoint once that many levels are found and stops there, as a restart would (tests, and
     * the command line's hidden {@code --stop-after-level}).
     */
    public record Checkpointing(Path directory, Duration every, boolean resume, int stopAfterDepth) {
        public Checkpointing {
            if (directory == null) throw new IllegalArgumentException("a checkpoint needs a directory");
            if (every == null || every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("the checkpoint interval must be positive, not " + every);
            }
            if (stopAfterDepth < 0) throw new IllegalArgumentException("negative depth " + stopAfterDepth);
        }

        /** The default interval between checkpoints. */
        public static final Duration EVERY = Duration.ofMinutes(10);
    }

    public interface ProgressListener {
        void onProgress(Progress p);
    }

    /** A snapshot of a running search; {@code onDisk} of the {@code queued} states are in the spill files. */
    public record Progress(long distinct, long generated, long queued, long onDisk, int depth, Duration elapsed) {
        public double statesPerSecond() {
            double s = elapsed.toNanos() / 1e9;
            return s <= 0 ? 0 : distinct / s;
        }
    }

    /** How often progress is reported unless told otherwise (also {@code --progress-seconds}' default). */
    public static final int DEFAULT_PROGRESS_SECONDS = 3;

    public static ExploreOptions defaults() {
        return new ExploreOptions(true, 0, null, Duration.ofSeconds(DEFAULT_PROGRESS_SECONDS), p -> { }, 1, false, 0, 0,
                null, null);
    }

    public ExploreOptions withDeadlock(boolean check) { return with(c -> c.checkDeadlock = check); }

    public ExploreOptions withMaxStates(long n) { return with(c -> c.maxStates = n); }

    public ExploreOptions withMaxTime(Duration d) { return with(c -> c.maxTime = d); }

    public ExploreOptions withProgress(Duration every, ProgressListener listener) {
        return with(c -> {
            c.progressInterval = every;
            c.progress = listener;
        });
    }

    public ExploreOptions withWorkers(int n) { return with(c -> c.workers = n); }

    /** Keep whole states ({@code --exact}) instead of 64-bit fingerprints. */
    public ExploreOptions withExact(boolean exact) { return with(c -> c.exact = exact); }

    /** Cap the fingerprint store at {@code bytes} (0: no cap). */
    public ExploreOptions withMemoryLimit(long bytes) { return with(c -> c.memoryLimit = bytes); }

    /** Hold at most {@code states} states of a level whole in memory, the rest on disk (0: the default). */
    public ExploreOptions withQueueInMemory(long states) { return with(c -> c.queueInMemory = states); }

    /** Write the spilled queue under {@code dir} (null: {@code java.io.tmpdir}). */
    public ExploreOptions withSpillDirectory(Path dir) { return with(c -> c.spillDirectory = dir); }

    /** Save the search at level ends, or resume it (null: never). */
    public ExploreOptions withCheckpointing(Checkpointing c) { return with(x -> x.checkpointing = c); }

    /** These options with {@code change} applied to a copy: every {@code with…} names only what it changes. */
    private ExploreOptions with(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return new ExploreOptions(c.checkDeadlock, c.maxStates, c.maxTime, c.progressInterval, c.progress, c.workers,
                c.exact, c.memoryLimit, c.queueInMemory, c.spillDirectory, c.checkpointing);
    }

    /** The components, mutable, for {@link #with}. */
    private static final class Copy {
        boolean checkDeadlock;
        long maxStates;
        Duration maxTime;
        Duration progressInterval;
        ProgressListener progress;
        int workers;
        boolean exact;
        long memoryLimit;
        long queueInMemory;
        Path spillDirectory;
        Checkpointing checkpointing;

        Copy(ExploreOptions o) {
            checkDeadlock = o.checkDeadlock;
            maxStates = o.maxStates;
            maxTime = o.maxTime;
            progressInterval = o.progressInterval;
            progress = o.progress;
            workers = o.workers;
            exact = o.exact;
            memoryLimit = o.memoryLimit;
            queueInMemory = o.queueInMemory;
            spillDirectory = o.spillDirectory;
            checkpointing = o.checkpointing;
        }
    }

    /**
     * The states of a level held whole before the rest spills: {@code queueInMemory} if set; else 1/1024 of
     * {@code --memory} (a whole state of the library's models takes a few hundred bytes on the heap, so the two
     * levels' held states take at most about as much again as the store's cap); else 1,048,576. An exact store
     * never spills: its states are whole in memory anyway.
     */
    public long heldPerLevel() {
        if (exact) return Long.MAX_VALUE;
        if (queueInMemory > 0) return queueInMemory;
        return memoryLimit > 0 ? Math.max(1024, memoryLimit / 1024) : 1 << 20;
    }
}
