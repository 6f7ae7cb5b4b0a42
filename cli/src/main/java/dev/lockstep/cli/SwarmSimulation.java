package dev.lockstep.cli;

import dev.lockstep.cluster.BatchJob;
import dev.lockstep.cluster.JobSpec;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code simulate --cluster}: the seed range split into batches of consecutive seeds, each run on some member by the
 * loop local {@code simulate} runs ({@link SeedRuns}, on the Java generated from the spec and compiled on the
 * member), and the batches' sums added in seed order up to the first failing seed. The batches are many more than
 * the members (so a member that finishes early takes the next), and never a task per seed.
 */
final class SwarmSimulation {
    private SwarmSimulation() {}

    /** At most this many seeds in a batch, and the range in about this many batches at least. */
    static final long MAX_BATCH = 1000;
    static final long MIN_BATCHES = 32;

    /** What the members found: the sums up to and including the first failing seed (-1: none failed). */
    record Found(SimulationReport.Totals totals, long runs, long failedSeed, long failedStep, int members, int batches) {}

    /** Runs seeds {@code first}…{@code first + count - 1} on the cluster's members with the spec's check. */
    static Found run(BatchJob job, JobSpec spec, long steps, double drop, double dup, double crash, long first,
                     long count) {
        long size = Math.max(1, Math.min(MAX_BATCH, (count + MIN_BATCHES - 1) / MIN_BATCHES));
        int batches = Math.toIntExact((count + size - 1) / size);
        BatchJob.Outcome<BatchResult> out = job.run("swarm simulation", spec, new Setup(steps, drop, dup, crash),
                batches, i -> new Batch(first + i * size, Math.min(size, count - i * size)), r -> r.failedSeed() != NONE);
        SimulationReport.Totals totals = new SimulationReport.Totals();
        long runs = 0;
        BatchResult last = null;
        for (BatchResult r : out.results()) {
            totals.add(r.totals());
            runs += r.runs();
            last = r;
        }
        return new Found(totals, runs, last == null ? NONE : last.failedSeed(), last == null ? 0 : last.failedStep(),
                out.members(), out.batches());
    }

    private static final long NONE = Long.MIN_VALUE;

    /** A batch's sums, and its failing seed and step ({@link #NONE}: none failed). */
    record BatchResult(SimulationReport.Totals totals, long runs, long failedSeed, long failedStep) implements Serializable {}

    /** A member's context of the job: the compiled protocol with the spec's check, and the generated Java's directory. */
    record Context(SeedRuns runs, Path workDir) implements AutoCloseable {
        @Override
        public void close() { ProtocolSource.deleteTree(workDir); }
    }

    /** Compiles the spec's Java on the member, as {@code simulate FILE} does on this machine. */
    record Setup(long steps, double drop, double dup, double crash) implements BatchJob.Setup<Context> {
        @Override
        public Context open(JobSpec spec) throws IOException {
            ModelInstance model = spec.bind("a member");
            Path work = Files.createTempDirectory("lockstep-swarm-");
            GeneratedProtocol.Outcome o = GeneratedProtocol.load(model.spec(), model.model().name(), work);
            if (!o.ok()) {
                ProtocolSource.deleteTree(work);
                throw new IllegalStateException("a member cannot compile the Java of " + spec.fileName() + ": "
                        + o.diagnostics().get(0).message());
            }
            SimulationOptions base = SimulationOptions.of(0, steps).withFaults(drop, dup, crash);
            return new Context(new SeedRuns(o.descriptor(), model, OnlineCheck.NONE, base), work);
        }
    }

    /** Seeds {@code first}… ({@code count} of them), run until one fails. */
    record Batch(long first, long count) implements BatchJob.Work<Context, BatchResult> {
        @Override
        public BatchResult run(Context context) {
            SeedRuns.Outcome o = context.runs().run(first, count, SeedRuns.NO_HOOKS);
            SimulationResult failed = o.failed();
            long runs = failed == null ? count : failed.seed() - first + 1;
            return new BatchResult(o.totals(), runs, failed == null ? NONE : failed.seed(),
                    failed == null ? 0 : failed.failure().get().step());
        }
    }
}
